import numpy as np
from tensorflow import keras

inp = keras.Input((10,), name="sensors")
h = keras.layers.Dense(32, activation="relu")(inp)
out = keras.layers.Dense(3, name="state")(h)
arch = keras.Model(inp, out).to_json()
with open("artifacts/arch.json", "w") as f:
    f.write(arch)

x = np.load("data/x.npy")
y = np.load("data/y.npy")

model = keras.models.model_from_json(arch)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x, y, epochs=5)
