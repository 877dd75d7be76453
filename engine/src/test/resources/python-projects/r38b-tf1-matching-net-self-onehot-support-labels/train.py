import tensorflow as tf

from oneshot.network import OneShotNetwork

support_images = tf.placeholder(tf.float32, [32, 5, 28, 28, 1])
support_labels = tf.placeholder(tf.int32, [32, 5])
target_image = tf.placeholder(tf.float32, [32, 28, 28, 1])
target_label = tf.placeholder(tf.int32, [32])

net = OneShotNetwork(support_images, support_labels, target_image, target_label)
loss = net.build_loss()
train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)
