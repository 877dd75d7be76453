import numpy as np
import tensorflow as tf

from signs.train_loop import train

if __name__ == "__main__":
    data = np.load("data/signs_train.npz")
    images = data["images"].astype("float32") / 255.0
    labels = tf.one_hot(data["letters"], 24)
    ds = tf.data.Dataset.from_tensor_slices((images, labels)).shuffle(2048).batch(32)
    train(ds)
