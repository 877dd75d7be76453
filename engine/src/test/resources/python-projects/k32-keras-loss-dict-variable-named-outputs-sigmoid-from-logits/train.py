import numpy as np
from tensorflow import keras

from mnistplus.model import two_head_cnn

LOSSES = dict(
    digit="sparse_categorical_crossentropy",
    odd=keras.losses.BinaryCrossentropy(from_logits=True),
)
WEIGHTS = dict(digit=1.0, odd=0.3)

(x_train, y_train), _ = keras.datasets.mnist.load_data()
x_train = x_train[..., None] / 255.0
targets = {"digit": y_train, "odd": (y_train % 2).astype("float32")}

net = two_head_cnn()
net.compile(optimizer="adam", loss=LOSSES, loss_weights=WEIGHTS)
net.fit(x_train, targets, epochs=6, batch_size=128)
