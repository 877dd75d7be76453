"""Denoising autoencoder for MNIST: a preview of the untrained reconstructions, then training."""
import numpy as np
from tensorflow.keras.datasets import mnist
from tensorflow.keras.layers import Dense, Input
from tensorflow.keras.models import Model

(train_x, _), _ = mnist.load_data()
train_x = (train_x.reshape(-1, 784).astype("float32") - 127.5) / 127.5
noisy = np.clip(train_x + np.random.normal(scale=0.3, size=train_x.shape), -1.0, 1.0)

inp = Input(shape=(784,))
code = Dense(64, activation="relu")(inp)
out = Dense(784, activation="tanh")(code)
autoencoder = Model(inp, out)
autoencoder.compile(loss="binary_crossentropy", optimizer="adam")
autoencoder.summary()

before = autoencoder.predict(noisy[:8], verbose=0)
autoencoder.fit(noisy, train_x, epochs=10, batch_size=128)
autoencoder.save_weights("denoiser.weights.h5")
