from tensorflow import keras
from tensorflow.keras import layers


def member(inp, width, name):
    h = layers.Dense(width, activation="relu", name=f"{name}_hidden")(inp)
    h = layers.Dropout(0.3)(h)
    return layers.Dense(5, activation="softmax", name=f"{name}_out")(h)
