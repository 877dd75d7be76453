"""Build the network with tflearn layers, but write the loss and the training loop in plain TensorFlow."""
import tensorflow as tf

import tflearn

X = tf.compat.v1.placeholder(tf.float32, shape=[None, 784])
Y = tf.compat.v1.placeholder(tf.float32, shape=[None, 10])

net = tflearn.fully_connected(X, 256, activation="tanh")
net = tflearn.dropout(net, 0.8)
net = tflearn.fully_connected(net, 10, activation="linear")

loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=Y, logits=net))
optimizer = tf.compat.v1.train.AdamOptimizer(learning_rate=0.01).minimize(loss)
