import tensorflow as tf


class ConvBlock(tf.keras.layers.Layer):
    def __init__(self, filters):
        super().__init__()
        self.conv1 = tf.keras.layers.Conv2D(filters, 3, padding="same", activation="relu")
        self.conv2 = tf.keras.layers.Conv2D(filters, 3, padding="same", activation="relu")
        self.pool = tf.keras.layers.MaxPool2D()

    def call(self, x, training=False):
        x = self.conv2(self.conv1(x))
        return self.pool(x), x


class UpBlock(tf.keras.layers.Layer):
    def __init__(self, filters):
        super().__init__()
        self.up = tf.keras.layers.Conv2DTranspose(filters, 2, strides=2, padding="same")
        self.conv = tf.keras.layers.Conv2D(filters, 3, padding="same", activation="relu")

    def call(self, x, skip, training=False):
        return self.conv(tf.concat([self.up(x), skip], axis=-1))
