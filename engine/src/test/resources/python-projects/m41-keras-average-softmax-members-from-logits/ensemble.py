import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

from members import member

x = np.load("x.npy")
y = keras.utils.to_categorical(np.load("y.npy"), 5)
inp = keras.Input((20,))
outs = [member(inp, w, f"m{i}") for i, w in enumerate((32, 64, 128))]
mean = layers.Average(name="ensemble")(outs)
model = keras.Model(inp, mean)
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(x, y, epochs=10)
