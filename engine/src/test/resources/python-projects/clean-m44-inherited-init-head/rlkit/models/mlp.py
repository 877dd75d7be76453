import tensorflow as tf


def stacked_dense(x, out_dim, hidden_sizes, hidden_act, out_act, scope):
    with tf.compat.v1.variable_scope(scope):
        for i, width in enumerate(hidden_sizes):
            x = tf.compat.v1.layers.dense(x, width, activation=hidden_act, name="hidden_{}".format(i))
        return tf.compat.v1.layers.dense(x, out_dim, activation=out_act, name="output")


class MLPModel:
    """A multilayer perceptron whose output layer takes the activation it is given (linear by default)."""

    def __init__(self, out_dim, name="mlp", hidden_sizes=(64, 64), hidden_act=tf.nn.tanh, out_act=None):
        self._name = name
        self._out_dim = out_dim
        self._hidden_sizes = hidden_sizes
        self._hidden_act = hidden_act
        self._out_act = out_act

    def build(self, obs):
        return stacked_dense(obs, self._out_dim, self._hidden_sizes, self._hidden_act, self._out_act, self._name)
