"""Next-character model: a dense read-out turns the LSTM's hidden states into unbounded scores for sequence_loss."""
import tensorflow as tf

chars = 5
steps = 6
X = tf.placeholder(tf.float32, [None, steps, chars])
Y = tf.placeholder(tf.int32, [None, steps])
cell = tf.contrib.rnn.BasicLSTMCell(num_units=32, state_is_tuple=True)
outputs, _ = tf.nn.dynamic_rnn(cell, X, dtype=tf.float32)
logits = tf.layers.dense(outputs, chars)
loss = tf.reduce_mean(tf.contrib.seq2seq.sequence_loss(logits=logits, targets=Y, weights=tf.ones([1, steps])))
train = tf.train.AdamOptimizer(0.1).minimize(loss)
