import keras
from keras import layers

inputs = keras.Input(shape=(64,))
features = layers.Dense(128, activation="relu")(inputs)
species = layers.Dense(12, name="species")(features)
weight = layers.Dense(1, name="weight")(features)
model = keras.Model(inputs=inputs, outputs=[species, weight])
model.compile(
    optimizer="adam",
    loss=[keras.losses.CategoricalCrossentropy(from_logits=True), keras.losses.MeanSquaredError()],
)
