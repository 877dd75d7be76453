from tensorflow import keras
from tensorflow.keras import layers


def two_head_cnn():
    image = keras.Input((28, 28, 1))
    x = layers.Conv2D(32, 3, activation="relu")(image)
    x = layers.MaxPooling2D()(x)
    x = layers.Conv2D(64, 3, activation="relu")(x)
    x = layers.Flatten()(x)
    x = layers.Dense(128, activation="relu")(x)
    digit = layers.Dense(10, activation="softmax", name="digit")(x)
    odd = layers.Dense(1, activation="sigmoid", name="odd")(x)
    return keras.Model(image, [digit, odd])
