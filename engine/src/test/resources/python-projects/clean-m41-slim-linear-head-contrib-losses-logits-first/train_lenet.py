import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

from nets.lenet import lenet

slim = tf.contrib.slim
flags = tf.app.flags
flags.DEFINE_string('train_dir', '/tmp/lenet', 'Where checkpoints and summaries go.')
FLAGS = flags.FLAGS


def main(_):
    mnist = input_data.read_data_sets('MNIST_data', one_hot=True)
    with tf.Graph().as_default():
        images = tf.placeholder(tf.float32, [None, 28, 28, 1])
        labels = tf.placeholder(tf.float32, [None, 10])
        logits = lenet(images)
        slim.losses.softmax_cross_entropy(logits, labels)
        total_loss = slim.losses.get_total_loss()
        optimizer = tf.train.AdamOptimizer(1e-4)
        train_op = slim.learning.create_train_op(total_loss, optimizer)
        slim.learning.train(train_op, FLAGS.train_dir, number_of_steps=20000)


if __name__ == '__main__':
    tf.app.run()
