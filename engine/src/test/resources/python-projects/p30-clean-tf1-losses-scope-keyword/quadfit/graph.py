"""Graph of the quadratic-fit demo (TensorFlow 1.x)."""
import tensorflow as tf


def build(n_features=1, hidden=16):
    with tf.variable_scope("inputs"):
        xs = tf.placeholder(tf.float32, [None, n_features], name="xs")
        ys = tf.placeholder(tf.float32, [None, 1], name="ys")
    with tf.variable_scope("net"):
        h = tf.layers.dense(xs, hidden, tf.nn.relu, name="hidden")
        pred = tf.layers.dense(h, 1, name="pred")
    return xs, ys, pred
