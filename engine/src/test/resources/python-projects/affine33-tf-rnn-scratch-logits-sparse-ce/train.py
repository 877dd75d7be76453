import math

import tensorflow as tf
from tensorflow import keras

from charlm.scratch_rnn import get_params, init_rnn_state, rnn

vocab_size, num_hiddens, num_steps, batch_size = 1027, 256, 35, 32


def to_onehot(X, size):
    return [tf.one_hot(x, size, dtype=tf.float32) for x in tf.transpose(X)]


def train(corpus_iter, num_epochs=250, lr=1e2, clipping_theta=1e-2):
    params = get_params(vocab_size, num_hiddens, vocab_size)
    loss = keras.losses.SparseCategoricalCrossentropy()
    optimizer = keras.optimizers.SGD(learning_rate=lr)
    for epoch in range(num_epochs):
        l_sum, n = 0.0, 0
        for X, Y in corpus_iter():
            state = init_rnn_state(batch_size, num_hiddens)
            with tf.GradientTape() as tape:
                inputs = to_onehot(X, vocab_size)
                outputs, state = rnn(inputs, state, params)
                outputs = tf.concat(outputs, 0)
                y = tf.reshape(tf.transpose(Y), [-1])
                l = tf.reduce_mean(loss(y, outputs))
            grads = tape.gradient(l, params)
            grads, _ = tf.clip_by_global_norm(grads, clipping_theta)
            optimizer.apply_gradients(zip(grads, params))
            l_sum += float(l) * int(tf.size(y))
            n += int(tf.size(y))
        if (epoch + 1) % 50 == 0:
            print("epoch %d, perplexity %f" % (epoch + 1, math.exp(l_sum / n)))
