import numpy as np
import tensorflow as tf

from model import smallnet

NUM_CLASSES = 10


def main(steps=2000):
    images = tf.placeholder(tf.float32, [None, 32, 32, 3])
    labels = tf.placeholder(tf.int64, [None])
    logits = smallnet.inference(images, NUM_CLASSES)
    loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
    step = tf.train.MomentumOptimizer(0.01, 0.9).minimize(loss)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for i in range(steps):
            x = np.random.rand(64, 32, 32, 3)
            y = np.random.randint(0, NUM_CLASSES, 64)
            sess.run(step, {images: x, labels: y})


if __name__ == "__main__":
    main()
