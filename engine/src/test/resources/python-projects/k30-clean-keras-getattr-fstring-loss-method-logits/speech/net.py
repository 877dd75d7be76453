import tensorflow as tf


def command_net(n_commands=35):
    return tf.keras.Sequential([
        tf.keras.layers.Input(shape=(49, 40, 1)),
        tf.keras.layers.Conv2D(32, 3, activation="relu"),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Conv2D(64, 3, activation="relu"),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(n_commands),
    ])
