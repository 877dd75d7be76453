import tensorflow as tf


def weight(shape):
    return tf.Variable(tf.truncated_normal(shape, stddev=0.1))


def inference(images, hidden=512, n_classes=10):
    w1, b1 = weight([784, hidden]), tf.Variable(tf.zeros([hidden]))
    h = tf.nn.relu(tf.matmul(images, w1) + b1)
    w2, b2 = weight([hidden, n_classes]), tf.Variable(tf.zeros([n_classes]))
    scores = tf.matmul(h, w2) + b2
    return tf.nn.softmax(scores)
