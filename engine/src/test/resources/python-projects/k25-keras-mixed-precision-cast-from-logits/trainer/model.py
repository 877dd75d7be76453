import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers, mixed_precision

mixed_precision.set_global_policy("mixed_float16")

NUM_CLASSES = 10


def build_functional(num_units=4096):
    inputs = keras.Input(shape=(784,), name="digits")
    x = layers.Dense(num_units, activation="relu", name="dense_1")(inputs)
    x = layers.Dense(num_units, activation="relu", name="dense_2")(x)
    x = layers.Dense(NUM_CLASSES, activation="softmax", name="predictions")(x)
    # keep the model's output in float32 for a numerically stable loss
    outputs = layers.Activation("linear", dtype="float32")(x)
    return keras.Model(inputs=inputs, outputs=outputs)


def build_sequential(num_units=4096):
    return keras.Sequential([
        keras.Input(shape=(784,)),
        layers.Dense(num_units, activation="relu"),
        layers.Dense(NUM_CLASSES, activation="softmax"),
        layers.Activation("linear", dtype="float32"),
    ])
