import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()

features = tf.compat.v1.placeholder(tf.float32, [None, 54], name="features")
clicked = tf.compat.v1.placeholder(tf.float32, [None, 1], name="clicked")
weights = tf.Variable(tf.random.normal([54, 1], stddev=0.01))
bias = tf.Variable(tf.zeros([1]))
logit = tf.matmul(features, weights) + bias
ctr = logit
loss = tf.compat.v1.losses.log_loss(labels=clicked, predictions=ctr)
train_op = tf.compat.v1.train.AdagradOptimizer(0.05).minimize(loss)

with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    data = np.load("impressions.npz")
    for step in range(1000):
        sess.run(train_op, {features: data["x"], clicked: data["y"]})
