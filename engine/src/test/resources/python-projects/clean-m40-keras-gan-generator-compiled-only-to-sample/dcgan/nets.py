from tensorflow.keras.layers import (BatchNormalization, Conv2D, Conv2DTranspose, Dense, Flatten, LeakyReLU,
                                     Reshape)
from tensorflow.keras.models import Sequential

LATENT = 64


def make_generator():
    net = Sequential(name="generator")
    net.add(Dense(7 * 7 * 64, input_dim=LATENT))
    net.add(BatchNormalization())
    net.add(LeakyReLU(0.2))
    net.add(Reshape((7, 7, 64)))
    net.add(Conv2DTranspose(32, 4, strides=2, padding="same"))
    net.add(LeakyReLU(0.2))
    # pixels scaled to [-1, 1]
    net.add(Conv2DTranspose(1, 4, strides=2, padding="same", activation="tanh"))
    return net


def make_critic():
    net = Sequential(name="critic")
    net.add(Conv2D(32, 4, strides=2, padding="same", input_shape=(28, 28, 1)))
    net.add(LeakyReLU(0.2))
    net.add(Conv2D(64, 4, strides=2, padding="same"))
    net.add(LeakyReLU(0.2))
    net.add(Flatten())
    net.add(Dense(1, activation="sigmoid"))
    return net


def stacked(gen, critic):
    both = Sequential()
    both.add(gen)
    critic.trainable = False
    both.add(critic)
    return both
