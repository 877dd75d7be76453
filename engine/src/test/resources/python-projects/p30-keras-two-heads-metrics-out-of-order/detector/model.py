from tensorflow import keras
from tensorflow.keras import layers


def localiser(n_classes):
    """A small CNN that tells what is in a 128x128 crop and where: (class probabilities, box x0, y0, x1, y1)."""
    inputs = keras.Input(shape=(128, 128, 3))
    x = inputs
    for filters in (32, 64, 128):
        x = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
        x = layers.MaxPooling2D()(x)
    x = layers.Flatten()(x)
    x = layers.Dense(256, activation="relu")(x)
    return keras.Model(inputs, [layers.Dense(n_classes, activation="softmax", name="label")(x), layers.Dense(4, name="box")(x)])
