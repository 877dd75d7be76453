import json
import numpy as np
from tensorflow import keras

inp = keras.Input((10,), name="sensors")
h = keras.layers.Dense(32, activation="relu")(inp)
out = keras.layers.Dense(3, name="state")(h)
with open("artifacts/arch.json", "w") as f:
    f.write(keras.Model(inp, out).to_json())

with open("artifacts/arch.json") as f:
    spec = json.load(f)
spec["config"]["layers"][-1]["config"]["activation"] = "softmax"
model = keras.models.model_from_json(json.dumps(spec))
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(np.load("data/x.npy"), np.load("data/y.npy"), epochs=5)
