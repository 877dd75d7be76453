"""Residual building blocks."""
import tensorflow as tf


class ResidualBlock(tf.keras.layers.Layer):
    """Two 3x3 convolutions with an identity (or 1x1 projection) shortcut."""

    def __init__(self, filters, stride=1, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = tf.keras.layers.Conv2D(filters, 3, strides=stride, padding="same", use_bias=False)
        self.bn1 = tf.keras.layers.BatchNormalization()
        self.conv2 = tf.keras.layers.Conv2D(filters, 3, padding="same", use_bias=False)
        self.bn2 = tf.keras.layers.BatchNormalization()
        self.project = None
        if stride != 1:
            self.project = tf.keras.layers.Conv2D(filters, 1, strides=stride, use_bias=False)

    def call(self, x, training=False):
        shortcut = x if self.project is None else self.project(x)
        y = tf.nn.relu(self.bn1(self.conv1(x), training=training))
        y = self.bn2(self.conv2(y), training=training)
        return tf.nn.relu(y + shortcut)
