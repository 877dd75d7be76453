import os

import numpy as np
from tensorflow.keras.utils import to_categorical

N_CLASSES = 6
CACHE = "cache/histograms.npz"


def load_histograms(raw_csv="data/leaf_histograms.csv"):
    if os.path.exists(CACHE):
        arrays = np.load(CACHE)
        features = arrays["features"]
        targets = to_categorical(arrays["labels"], N_CLASSES)
    else:
        table = np.loadtxt(raw_csv, delimiter=",", skiprows=1)
        features, labels = table[:, :-1] / 255.0, table[:, -1].astype("int64")
        os.makedirs(os.path.dirname(CACHE), exist_ok=True)
        np.savez(CACHE, features=features, labels=labels)
        targets = to_categorical(labels, N_CLASSES)
    return features, targets
