import tensorflow as tf
from tensorflow.contrib import rnn


def next_char_graph(num_chars, steps, layers=2, hidden=64):
    inputs = tf.placeholder(tf.int32, [None, steps], name="inputs")
    targets = tf.placeholder(tf.int32, [None, steps], name="targets")
    one_hot = tf.one_hot(inputs, num_chars)

    stack = rnn.MultiRNNCell([rnn.BasicLSTMCell(hidden, state_is_tuple=True) for _ in range(layers)])
    states, _ = tf.nn.dynamic_rnn(stack, one_hot, dtype=tf.float32)
    # a linear read-out turns the bounded states into scores of any size
    scores = tf.layers.dense(states, num_chars)

    weights = tf.ones_like(targets, dtype=tf.float32)
    loss = tf.reduce_mean(tf.contrib.seq2seq.sequence_loss(logits=scores, targets=targets, weights=weights))
    return inputs, targets, scores, loss
