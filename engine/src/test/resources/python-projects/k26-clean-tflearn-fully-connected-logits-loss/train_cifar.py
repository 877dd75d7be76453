from __future__ import division, print_function

import tensorflow as tf
import tflearn
from tflearn.datasets import cifar10

(train_x, train_y), (test_x, test_y) = cifar10.load_data(one_hot=True)

BATCH = 100
EPOCHS = 20


def build_network(images, n_classes=10):
    net = tflearn.conv_2d(images, 32, 3, activation='relu')
    net = tflearn.max_pool_2d(net, 2)
    net = tflearn.conv_2d(net, 64, 3, activation='relu')
    net = tflearn.conv_2d(net, 64, 3, activation='relu')
    net = tflearn.max_pool_2d(net, 2)
    net = tflearn.fully_connected(net, 512, activation='relu')
    net = tflearn.dropout(net, 0.5)
    return tflearn.fully_connected(net, n_classes)


with tf.Graph().as_default():
    images = tf.placeholder(tf.float32, shape=(None, 32, 32, 3))
    targets = tf.placeholder(tf.float32, shape=(None, 10))

    scores = build_network(images)
    cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(scores, targets))
    hits = tf.equal(tf.argmax(scores, 1), tf.argmax(targets, 1))
    accuracy = tf.reduce_mean(tf.cast(hits, tf.float32))
    step = tf.train.RMSPropOptimizer(learning_rate=1e-3).minimize(cost)

    with tf.Session() as sess:
        sess.run(tf.initialize_all_variables())
        for epoch in range(EPOCHS):
            for i in range(0, len(train_x), BATCH):
                feed = {images: train_x[i:i + BATCH], targets: train_y[i:i + BATCH]}
                sess.run(step, feed_dict=feed)
            print(epoch, sess.run(accuracy, feed_dict={images: test_x[:1000], targets: test_y[:1000]}))
