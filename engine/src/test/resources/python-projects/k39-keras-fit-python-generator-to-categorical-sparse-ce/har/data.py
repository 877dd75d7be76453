"""Batches for the accelerometer classifier: random windows, drawn forever."""
import numpy as np
from tensorflow import keras

N_ACTIVITIES = 6


def window_batches(signals, activities, batch_size=64, rng=None):
    rng = rng or np.random.default_rng(0)
    while True:
        picks = rng.integers(0, len(signals), batch_size)
        windows = signals[picks] + rng.normal(0, 0.01, signals[picks].shape)
        yield windows, keras.utils.to_categorical(activities[picks], N_ACTIVITIES)
