import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

x = np.load("x.npy")
y = keras.utils.to_categorical(np.load("y.npy"), 5)
inp = keras.Input((20,))
a = layers.Dense(5, activation="softmax")(layers.Dense(32, activation="relu")(inp))
b = layers.Dense(5)(layers.Dense(64, activation="relu")(inp))
model = keras.Model(inp, layers.average([a, b]))
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(from_logits=True))
model.fit(x, y, epochs=10)
