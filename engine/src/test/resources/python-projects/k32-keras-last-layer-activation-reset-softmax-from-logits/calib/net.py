import tensorflow as tf


def speech_commands_net(n_labels, frames=98, mels=40):
    return tf.keras.Sequential([
        tf.keras.layers.Input(shape=(frames, mels, 1)),
        tf.keras.layers.Conv2D(32, (3, 3), padding="same", activation="relu"),
        tf.keras.layers.MaxPool2D((2, 2)),
        tf.keras.layers.Conv2D(64, (3, 3), padding="same", activation="relu"),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(n_labels),
    ])
