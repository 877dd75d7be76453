"""A dense layer that centres its pre-activations with a running mean (mean-only batch norm)."""
import tensorflow as tf


class CenteredDense(tf.keras.layers.Layer):
    def __init__(self, units, activation=None, use_bias=True, momentum=0.99, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = activation
        self.use_bias = use_bias
        self.momentum = momentum
        self.running_mean = None

    def build(self, input_shape):
        self.kernel = self.add_weight("kernel", shape=[int(input_shape[-1]), self.units])
        self.bias = self.add_weight("bias", shape=[self.units], initializer="zeros")

    def call(self, x, training=False):
        z = tf.matmul(x, self.kernel)
        batch_mean = tf.reduce_mean(z, axis=0)
        if training:
            if self.running_mean is None:
                self.running_mean = batch_mean
            else:
                self.running_mean = self.momentum * self.running_mean + (1.0 - self.momentum) * batch_mean
                z = z - batch_mean
        else:
            z = z - self.running_mean
        if self.use_bias:
            z = tf.nn.bias_add(z, self.bias)
        if self.activation is not None:
            return self.activation(z)
        return z
