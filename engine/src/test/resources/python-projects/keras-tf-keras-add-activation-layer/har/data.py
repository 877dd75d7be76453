import numpy as np


def windows(path, window, channels):
    raw = np.load(path)
    x = raw["signals"].reshape(-1, window * channels).astype("float32")
    return x, raw["activity"]
