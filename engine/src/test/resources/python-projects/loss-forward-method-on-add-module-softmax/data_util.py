import gzip
import os

import numpy as np


def load_mnist(root="data/mnist"):
    def images(name):
        with gzip.open(os.path.join(root, name)) as f:
            return np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 784) / 255.0

    def labels(name):
        with gzip.open(os.path.join(root, name)) as f:
            return np.frombuffer(f.read(), np.uint8, offset=8).astype(np.int64)

    return (images("train-images-idx3-ubyte.gz"), images("t10k-images-idx3-ubyte.gz"),
            labels("train-labels-idx1-ubyte.gz"), labels("t10k-labels-idx1-ubyte.gz"))
