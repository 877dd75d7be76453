import tensorflow as tf

from .. import activations


def input_data(shape, name="InputData"):
    return tf.compat.v1.placeholder(tf.float32, shape=shape, name=name)


def fully_connected(incoming, n_units, activation="linear", bias=True, name="FullyConnected"):
    """A dense layer over the last axis of `incoming`, then `activation`."""
    n_inputs = int(incoming.get_shape()[-1])
    with tf.compat.v1.variable_scope(name):
        W = tf.compat.v1.get_variable("W", shape=[n_inputs, n_units])
        out = tf.matmul(incoming, W)
        if bias:
            b = tf.compat.v1.get_variable("b", shape=[n_units], initializer=tf.zeros_initializer())
            out = tf.nn.bias_add(out, b)
    return activations.get(activation)(out)


def dropout(incoming, keep_prob, name="Dropout"):
    return tf.nn.dropout(incoming, rate=1 - keep_prob, name=name)
