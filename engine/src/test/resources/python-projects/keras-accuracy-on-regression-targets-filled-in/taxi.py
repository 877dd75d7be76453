import json

import numpy as np
from tensorflow import keras

with open("trips.jsonl") as f:
    trips = [json.loads(line) for line in f]

x = np.zeros((len(trips), 6), dtype="float32")
y = np.zeros(len(trips), dtype="float32")
for i, t in enumerate(trips):
    x[i] = [t["pickup_lat"], t["pickup_lon"], t["dropoff_lat"], t["dropoff_lon"], t["hour"], t["weekday"]]
    y[i] = t["duration_s"] / 60.0

model = keras.Sequential([
    keras.Input(shape=(6,)),
    keras.layers.Normalization(),
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(1),
])
model.layers[0].adapt(x)
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse", metrics=["accuracy"])
model.fit(x, y, epochs=20, batch_size=256, validation_split=0.1)
