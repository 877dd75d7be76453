import keras
from keras import layers

inputs = keras.Input(shape=(64,))
features = layers.Dense(128, activation="relu")(inputs)
species = layers.Dense(12, activation="sigmoid", name="species")(features)
weight = layers.Dense(1, name="weight")(features)
model = keras.Model(inputs, {"species": species, "weight": weight})
model.compile(
    optimizer="adam",
    loss={"species": "categorical_crossentropy", "weight": "mse"},
    metrics={"species": ["accuracy"], "weight": ["mae"]},
)
