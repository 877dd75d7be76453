import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import Dense, LeakyReLU
from tensorflow.keras.models import Sequential

noise_dim = 16
rows = np.random.uniform(-1, 1, size=(512, 8)).astype("float32")


def build_generator(width):
    net = Sequential()
    net.add(Dense(64, input_dim=noise_dim))
    net.add(LeakyReLU(0.2))
    net.add(Dense(width, activation="tanh"))
    return net


def build_discriminator(width):
    net = Sequential()
    net.add(Dense(64, input_dim=width))
    net.add(LeakyReLU(0.2))
    net.add(Dense(1, activation="sigmoid"))
    return net


discriminator = build_discriminator(rows.shape[1])
discriminator.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])

generator = build_generator(rows.shape[1])
generator.compile(loss="binary_crossentropy", optimizer="adam")

z = tf.keras.Input(shape=(noise_dim,))
discriminator.trainable = False
gan = tf.keras.Model(z, discriminator(generator(z)))
gan.compile(loss="binary_crossentropy", optimizer="adam")

for step in range(2000):
    noise = np.random.normal(0, 1, (32, noise_dim))
    synthetic = generator.predict(noise, verbose=0)
    real = rows[np.random.randint(0, len(rows), 32)]
    discriminator.train_on_batch(real, np.ones((32, 1)))
    discriminator.train_on_batch(synthetic, np.zeros((32, 1)))
    gan.train_on_batch(noise, np.ones((32, 1)))
