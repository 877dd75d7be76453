import numpy as np
from tensorflow import keras

from gesture.steps import GradClipModel

GESTURES = ["swipe_left", "swipe_right", "tap", "double_tap", "pinch", "rotate", "none"]

windows = np.load("imu/windows.npy")  # (n, 128, 6)
labels = np.load("imu/labels.npy")

inputs = keras.Input(shape=(128, 6))
x = keras.layers.Conv1D(64, 7, activation="relu")(inputs)
x = keras.layers.Conv1D(64, 5, activation="relu")(x)
x = keras.layers.GlobalAveragePooling1D()(x)
x = keras.layers.Dense(64, activation="relu")(x)
outputs = keras.layers.Dense(len(GESTURES), activation="softmax")(x)

model = GradClipModel(inputs, outputs)
model.compile(optimizer=keras.optimizers.Adam(1e-3),
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"])
model.fit(windows, labels, batch_size=64, epochs=30, validation_split=0.15)
