from tensorflow import keras
from tensorflow.keras import layers


def build_discriminator(shape=(28, 28, 1)):
    inputs = keras.Input(shape=shape)
    x = layers.Flatten()(inputs)
    x = layers.Dense(128, activation="relu")(x)
    return keras.Model(inputs, layers.Dense(1)(x), name="critic")


def build_autoencoder(shape=(28, 28, 1)):
    inputs = keras.Input(shape=shape)
    x = layers.Conv2D(16, 3, activation="relu", padding="same")(inputs)
    x = layers.MaxPooling2D(2, padding="same")(x)
    x = layers.Conv2D(16, 3, activation="relu", padding="same")(x)
    x = layers.UpSampling2D(2)(x)
    outputs = layers.Conv2D(1, 3, activation="relu", padding="same")(x)
    return keras.Model(inputs, outputs, name="denoiser")
