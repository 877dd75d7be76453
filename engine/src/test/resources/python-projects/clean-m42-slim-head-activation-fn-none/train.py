"""Trains the MLP on flattened 28x28 digits (TF 1 graph mode)."""
import tensorflow as tf

from nets.mlp import mlp

NUM_CLASSES = 10
flags = tf.app.flags
flags.DEFINE_float("learning_rate", 0.01, "SGD step size")
FLAGS = flags.FLAGS


def main(_):
    images = tf.placeholder(tf.float32, [None, 784], name="images")
    labels = tf.placeholder(tf.int64, [None], name="labels")
    logits = mlp(images, NUM_CLASSES)
    onehot = tf.one_hot(labels, NUM_CLASSES)
    loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=onehot, logits=logits))
    train_op = tf.train.GradientDescentOptimizer(FLAGS.learning_rate).minimize(loss)
    correct = tf.equal(tf.argmax(logits, 1), labels)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for step in range(1000):
            batch_x, batch_y = next_batch(64)
            _, l, acc = sess.run([train_op, loss, accuracy], {images: batch_x, labels: batch_y})
            if step % 100 == 0:
                print(step, l, acc)


def next_batch(n):
    raise NotImplementedError("plug the dataset reader in here")


if __name__ == "__main__":
    tf.app.run()
