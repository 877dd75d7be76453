import numpy as np
import pandas as pd
from tensorflow import keras

LEVELS = ["low", "medium", "high", "critical"]

frame = pd.read_parquet("tickets.parquet")
features = np.stack(frame["embedding"].to_numpy())
levels = frame["severity"].map(LEVELS.index).to_numpy()
targets = keras.utils.to_categorical(levels, len(LEVELS))
weights = np.where(levels == 3, 4.0, 1.0)

inputs = keras.Input(shape=(features.shape[1],))
hidden = keras.layers.Dense(128, activation="relu")(inputs)
severity = keras.layers.Dense(len(LEVELS), activation="softmax", name="severity")(hidden)
model = keras.Model(inputs, severity)
model.compile(optimizer="adam", loss={"severity": keras.losses.SparseCategoricalCrossentropy()}, metrics={"severity": "accuracy"})
model.fit(features, {"severity": targets}, sample_weight=weights, epochs=12, validation_split=0.1)
