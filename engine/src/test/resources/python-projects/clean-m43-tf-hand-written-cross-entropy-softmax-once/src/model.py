import tensorflow as tf


def make_classifier(n_classes):
    return tf.keras.Sequential([
        tf.keras.layers.Conv1D(32, 5, activation="relu", input_shape=(128, 3)),
        tf.keras.layers.GlobalAveragePooling1D(),
        tf.keras.layers.Dense(64, activation="relu"),
        tf.keras.layers.Dense(n_classes),
    ])
