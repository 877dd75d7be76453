import tensorflow.compat.v1 as tf

tf.disable_eager_execution()

N_TAGS = 50
docs = tf.placeholder(tf.float32, [None, 1000], name="docs")
tags = tf.placeholder(tf.float32, [None, N_TAGS], name="tags")

h = tf.layers.dense(docs, 512, activation=tf.nn.relu)
z = tf.layers.dense(h, N_TAGS)
out = tf.sigmoid(z)
loss = tf.losses.sigmoid_cross_entropy(multi_class_labels=tags, logits=out)
train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)
