"""Convolutional encoder shared by the leaf-disease models."""
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers


def build_encoder(image_size=224, width=32):
    inputs = keras.Input(shape=(image_size, image_size, 3))
    x = layers.Rescaling(1.0 / 255)(inputs)
    for multiplier in (1, 2, 4, 8):
        x = layers.Conv2D(width * multiplier, 3, padding="same", activation="relu")(x)
        x = layers.MaxPooling2D()(x)
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, x, name="encoder")
