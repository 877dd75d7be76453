import numpy as np
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

FLAGS = tf.app.flags.FLAGS
tf.app.flags.DEFINE_integer('max_steps', 20000, 'steps to run')
tf.app.flags.DEFINE_float('learning_rate', 1e-4, 'Adam step size')


def weight_variable(shape):
	initial = tf.truncated_normal(shape, stddev=0.1)
	return tf.Variable(initial)


def inference(images, keep_prob):
	with tf.name_scope("fc1"):
		w1 = weight_variable([784, 1024])
		b1 = tf.Variable(tf.constant(0.1, shape=[1024]))
	        h1 = tf.nn.relu(tf.matmul(images, w1) + b1)
		h1_drop = tf.nn.dropout(h1, keep_prob)
	with tf.name_scope("softmax_linear"):
		w2 = weight_variable([1024, 10])
	        b2 = tf.Variable(tf.constant(0.1, shape=[10]))
		y_conv = tf.matmul(h1_drop, w2) + b2
	return y_conv


def main(_):
	mnist = input_data.read_data_sets('MNIST_data', one_hot=True)
	x = tf.placeholder(tf.float32, [None, 784])
	y_ = tf.placeholder(tf.float32, [None, 10])
	keep_prob = tf.placeholder(tf.float32)
	y_conv = inference(x, keep_prob)
	cross_entropy = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_, logits=y_conv))
	train_step = tf.train.AdamOptimizer(FLAGS.learning_rate).minimize(cross_entropy)
	correct = tf.equal(tf.argmax(y_conv, 1), tf.argmax(y_, 1))
	accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))
	with tf.Session() as sess:
		sess.run(tf.global_variables_initializer())
		for i in xrange(FLAGS.max_steps):
			batch = mnist.train.next_batch(50)
			if i % 100 == 0:
				acc = accuracy.eval(feed_dict={x: batch[0], y_: batch[1], keep_prob: 1.0})
	                        print 'step %d, training accuracy %g' % (i, acc)
			train_step.run(feed_dict={x: batch[0], y_: batch[1], keep_prob: 0.5})
		print 'test accuracy %g' % accuracy.eval(feed_dict={x: mnist.test.images, y_: mnist.test.labels, keep_prob: 1.0})


if __name__ == '__main__':
	tf.app.run()
