import tensorflow.compat.v1 as tf

from mnist_tf1 import model

images = tf.placeholder(tf.float32, [None, 784])
labels = tf.placeholder(tf.float32, [None, 10])
output = model.inference(images)
total_loss = model.loss(output, labels)
train_op = tf.train.AdamOptimizer(1e-3).minimize(total_loss)
