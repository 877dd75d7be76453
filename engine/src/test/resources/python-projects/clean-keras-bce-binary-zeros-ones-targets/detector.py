"""Tells real bird-call clips from background noise, on 64-band log-mel summaries."""
import numpy as np
from tensorflow import keras


def features(path):
    clips = np.load(path)
    return np.concatenate([clips.mean(axis=2), clips.std(axis=2)], axis=1)


calls = features("calls.npy")
noise = features("noise.npy")
x = np.concatenate([noise, calls])
y = np.concatenate([np.zeros(len(noise)), np.ones(len(calls))])

rng = np.random.default_rng(0)
order = rng.permutation(len(x))
x, y = x[order], y[order]

model = keras.Sequential(
    [
        keras.Input(shape=(x.shape[1],)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer="adam",
    loss="binary_crossentropy",
    metrics=[keras.metrics.BinaryAccuracy(threshold=0.5)],
)
model.fit(x, y, epochs=40, batch_size=32, validation_split=0.2)
