import numpy as np
from tensorflow import keras

from tabular import ResidualMLP

data = np.load("customers.npz")
segments = keras.utils.to_categorical(data["segment"], 6)
model = ResidualMLP(data["x"].shape[1], 6, name="segmenter")
model.compile(optimizer=keras.optimizers.Adam(3e-4), loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(data["x"], segments, epochs=40, batch_size=256, validation_split=0.2)
