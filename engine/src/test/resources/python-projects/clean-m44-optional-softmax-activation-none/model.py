import tensorflow as tf


def classifier(n_classes, probabilities):
    inputs = tf.keras.Input((64,))
    x = tf.keras.layers.Dense(128, activation="relu")(inputs)
    act = "softmax" if probabilities else None
    return tf.keras.Model(inputs, tf.keras.layers.Dense(n_classes, activation=act)(x))
