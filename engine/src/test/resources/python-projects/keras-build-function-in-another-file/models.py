import tensorflow as tf


def build_model(num_classes=10):
    model = tf.keras.Sequential([
        tf.keras.layers.Flatten(input_shape=(28, 28)),
        tf.keras.layers.Dense(128, activation="relu"),
        tf.keras.layers.Dense(10),
        tf.keras.layers.Activation("softmax"),
    ])
    return model
