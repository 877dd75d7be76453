import keras
from keras import layers
from keras.losses import CategoricalCrossentropy

inputs = keras.Input(shape=(32,))
x = layers.Dense(64, activation="relu")(inputs)
outputs = layers.Dense(10)(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss=CategoricalCrossentropy(), metrics=["accuracy"])
