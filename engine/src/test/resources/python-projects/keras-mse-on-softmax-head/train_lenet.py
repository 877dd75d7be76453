import sys

import numpy as np
import tensorflow as tf
import yaml

from glyphs.nets import lenet

cfg = yaml.safe_load(open(sys.argv[1] if len(sys.argv) > 1 else "configs/lenet.yaml"))

(x_train, y_train), (x_test, y_test) = tf.keras.datasets.mnist.load_data()
x_train = np.pad(x_train, ((0, 0), (2, 2), (2, 2)))[..., None] / 255.0
y_train = tf.keras.utils.to_categorical(y_train, cfg["num_classes"])

model = lenet(cfg["num_classes"])
sgd = tf.keras.optimizers.SGD(learning_rate=cfg["learning_rate"])
model.compile(optimizer=sgd, loss="mse", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=cfg["batch_size"], epochs=cfg["epochs"])
