import numpy as np


def load_split(name):
    data = np.load(f"splits/{name}.npz")
    return data["x"], data["y"]
