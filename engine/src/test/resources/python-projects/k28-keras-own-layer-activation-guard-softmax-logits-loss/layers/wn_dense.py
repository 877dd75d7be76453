"""Dense layer with weight normalisation (Salimans & Kingma, 2016)."""
import tensorflow as tf


class WNDense(tf.keras.layers.Layer):
    def __init__(self, units, activation=None, use_bias=True, **kwargs):
        super(WNDense, self).__init__(**kwargs)
        self.units = units
        self.activation = activation
        self.use_bias = use_bias

    def build(self, input_shape):
        self.v = self.add_weight("v", shape=[int(input_shape[-1]), self.units])
        self.g = self.add_weight("g", shape=[self.units], initializer="ones")
        self.b = self.add_weight("b", shape=[self.units], initializer="zeros")

    def call(self, inputs, training=True):
        scale = self.g / tf.sqrt(tf.reduce_sum(tf.square(self.v), [0]))
        outputs = tf.matmul(inputs, self.v) * scale
        if self.use_bias:
            outputs = outputs + self.b
        if self.activation is not None:
            return self.activation(outputs)
        return outputs
