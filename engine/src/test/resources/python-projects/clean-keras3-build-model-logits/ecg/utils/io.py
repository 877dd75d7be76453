import numpy as np


def load_records(path):
    with np.load(path) as npz:
        return npz["signals"].astype("float32"), npz["rhythm"].astype("int64")
