import tensorflow as tf
from tensorflow.contrib import rnn


def next_char_graph(num_chars, steps, layers=2):
    inputs = tf.placeholder(tf.int32, [None, steps], name="inputs")
    targets = tf.placeholder(tf.int32, [None, steps], name="targets")
    one_hot = tf.one_hot(inputs, num_chars)

    # one LSTM unit per character, so the states are read as the scores of the next one
    stack = rnn.MultiRNNCell([rnn.BasicLSTMCell(num_chars, state_is_tuple=True) for _ in range(layers)])
    states, _ = tf.nn.dynamic_rnn(stack, one_hot, dtype=tf.float32)

    weights = tf.ones_like(targets, dtype=tf.float32)
    loss = tf.reduce_mean(tf.contrib.seq2seq.sequence_loss(logits=states, targets=targets, weights=weights))
    return inputs, targets, states, loss
