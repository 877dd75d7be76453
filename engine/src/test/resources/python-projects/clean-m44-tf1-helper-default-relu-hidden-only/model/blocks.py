import tensorflow as tf


def conv(x, filters, name, activation_fn=tf.nn.relu):
    with tf.variable_scope(name):
        k = tf.get_variable("kernel", [3, 3, x.get_shape().as_list()[-1], filters])
        y = tf.nn.conv2d(x, k, strides=[1, 1, 1, 1], padding="SAME")
        return activation_fn(y)


def fully_connected(x, units, name, activation_fn=tf.nn.relu):
    with tf.variable_scope(name):
        w = tf.get_variable("weights", [x.get_shape().as_list()[-1], units])
        b = tf.get_variable("biases", [units], initializer=tf.zeros_initializer())
        y = tf.nn.bias_add(tf.matmul(x, w), b)
        if activation_fn is not None:
            y = activation_fn(y)
        return y
