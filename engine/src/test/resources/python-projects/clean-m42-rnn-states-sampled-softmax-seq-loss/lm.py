import tensorflow as tf

VOCAB = 10000
HIDDEN = 256
SAMPLED = 64


class WordModel(object):
    def __init__(self, steps=35):
        self.words = tf.placeholder(tf.int32, [None, steps])
        self.next_words = tf.placeholder(tf.int32, [None, steps])
        embedding = tf.get_variable("embedding", [VOCAB, HIDDEN])
        self.out_w = tf.get_variable("out_w", [VOCAB, HIDDEN])
        self.out_b = tf.get_variable("out_b", [VOCAB])

        cell = tf.nn.rnn_cell.LSTMCell(HIDDEN)
        states, _ = tf.nn.dynamic_rnn(cell, tf.nn.embedding_lookup(embedding, self.words), dtype=tf.float32)
        mask = tf.ones_like(self.next_words, dtype=tf.float32)
        # the LSTM's states go to a sampled softmax that owns the output projection
        self.loss = tf.contrib.seq2seq.sequence_loss(states, self.next_words, mask, softmax_loss_function=self.sampled_loss)
        self.train_op = tf.train.GradientDescentOptimizer(1.0).minimize(self.loss)

    def sampled_loss(self, labels, logits):
        return tf.nn.sampled_softmax_loss(self.out_w, self.out_b, tf.reshape(labels, [-1, 1]), logits, SAMPLED, VOCAB)
