import tensorflow as tf


def actor_net(n_actions):
    return tf.keras.Sequential([
        tf.keras.layers.Dense(64, activation="relu"),
        tf.keras.layers.Dense(64, activation="relu"),
        tf.keras.layers.Dense(n_actions),
    ])
