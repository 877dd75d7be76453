import tensorflow as tf


def click_model(n_features, hidden=(128, 64)):
    inputs = tf.keras.Input((n_features,), name="features")
    x = inputs
    for units in hidden:
        x = tf.keras.layers.Dense(units, activation="relu")(x)
        x = tf.keras.layers.BatchNormalization()(x)
    score = tf.keras.layers.Dense(1, name="click_score")(x)
    return tf.keras.Model(inputs, score, name="ctr")
