"""Generator and discriminator for 28x28 digits, flattened to 784 values in [-1, 1]."""
from tensorflow import keras
from tensorflow.keras import layers

LATENT = 100
PIXELS = 784


def make_generator(latent_dim=LATENT):
    model = keras.Sequential(name="generator")
    model.add(layers.Dense(256, input_dim=latent_dim))
    model.add(layers.LeakyReLU(alpha=0.2))
    model.add(layers.BatchNormalization(momentum=0.8))
    model.add(layers.Dense(512))
    model.add(layers.LeakyReLU(alpha=0.2))
    model.add(layers.Dense(PIXELS, activation="tanh"))
    return model


def make_discriminator():
    model = keras.Sequential(name="discriminator")
    model.add(layers.Dense(512, input_dim=PIXELS))
    model.add(layers.LeakyReLU(alpha=0.2))
    model.add(layers.Dense(256))
    model.add(layers.LeakyReLU(alpha=0.2))
    model.add(layers.Dense(1, activation="sigmoid"))
    return model
