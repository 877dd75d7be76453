import tensorflow as tf


def linear(x):
    return x


def get(identifier):
    """An activation given by name ('relu', 'softmax', ...) or as a function."""
    if callable(identifier):
        return identifier
    if identifier == "linear":
        return linear
    return getattr(tf.nn, identifier)
