import tensorflow as tf


def dense(x, name, n_out, act=tf.nn.relu):
    n_in = x.get_shape()[-1].value
    with tf.variable_scope(name):
        w = tf.get_variable("w", [n_in, n_out], tf.float32)
        b = tf.get_variable("b", [n_out], tf.float32, tf.zeros_initializer())
        return act(tf.nn.bias_add(tf.matmul(x, w), b))


def xent(logits, labels, n_classes):
    onehot = tf.one_hot(labels, n_classes)
    return tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=onehot, logits=logits))
