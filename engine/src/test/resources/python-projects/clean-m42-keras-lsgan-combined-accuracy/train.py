import numpy as np
from keras.datasets import mnist

from gan.lsgan import LSGAN

if __name__ == "__main__":
    (x_train, _), _ = mnist.load_data()
    x_train = np.expand_dims(x_train / 127.5 - 1.0, axis=3)
    LSGAN().train(x_train, epochs=30000)
