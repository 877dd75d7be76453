import numpy as np
import tensorflow as tf

from charlm import vocab
from charlm.graph import next_char_graph

STEPS = 10

xs, ys = vocab.windows(STEPS)
inputs, targets, states, loss = next_char_graph(len(vocab.CHARS), STEPS)
step = tf.train.AdamOptimizer(0.1).minimize(loss)
guess = tf.argmax(states, axis=2)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for it in range(500):
        value, _ = sess.run([loss, step], feed_dict={inputs: xs, targets: ys})
        if it % 100 == 0:
            print(it, value)
    print(np.asarray(sess.run(guess, feed_dict={inputs: xs}))[0])
