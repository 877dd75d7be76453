import numpy as np
from tensorflow import keras

from har.data import N_ACTIVITIES, window_batches

raw = np.load("data/har_windows.npz")
model = keras.Sequential([
    keras.Input(shape=(128, 9)),
    keras.layers.Conv1D(64, 5, activation="relu"),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(N_ACTIVITIES, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
train_batches = window_batches(raw["signals"], raw["activity"])
model.fit(train_batches, steps_per_epoch=200, epochs=15)
