import tensorflow as tf


def make_model(num_classes=10, hidden=128):
    """A small MLP for 28x28 digits; it returns logits."""
    return tf.keras.Sequential([
        tf.keras.layers.Input(shape=(28, 28)),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(hidden, activation="relu"),
        tf.keras.layers.Dropout(0.2),
        tf.keras.layers.Dense(num_classes),
    ])
