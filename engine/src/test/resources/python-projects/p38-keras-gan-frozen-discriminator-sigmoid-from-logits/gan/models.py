from tensorflow import keras
from tensorflow.keras import layers


def build_generator(latent_dim=64):
    z = keras.Input(shape=(latent_dim,), name="z")
    x = layers.Dense(7 * 7 * 64, activation="relu")(z)
    x = layers.Reshape((7, 7, 64))(x)
    x = layers.Conv2DTranspose(32, 4, strides=2, padding="same", activation="relu")(x)
    img = layers.Conv2DTranspose(1, 4, strides=2, padding="same", activation="tanh")(x)
    return keras.Model(z, img, name="generator")


def build_discriminator(shape=(28, 28, 1)):
    img = keras.Input(shape=shape, name="image")
    x = layers.Conv2D(32, 3, strides=2, padding="same")(img)
    x = layers.LeakyReLU(0.2)(x)
    x = layers.Conv2D(64, 3, strides=2, padding="same")(x)
    x = layers.LeakyReLU(0.2)(x)
    x = layers.Flatten()(x)
    score = layers.Dense(1, activation="sigmoid")(x)
    return keras.Model(img, score, name="discriminator")
