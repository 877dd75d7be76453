import tensorflow as tf
from tensorflow.keras import layers


def dense_block(x, units, name, activation=tf.nn.relu):
    """Dense layer with the project's default activation; pass activation=None for a linear layer."""
    return layers.Dense(units, activation=activation, kernel_initializer="he_uniform", name=name)(x)
