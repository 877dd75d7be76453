"""Next-character model: the LSTM has one unit per character and its hidden states go straight to sequence_loss as logits."""
import tensorflow as tf

chars = 5
steps = 6
X = tf.placeholder(tf.float32, [None, steps, chars])
Y = tf.placeholder(tf.int32, [None, steps])
cell = tf.contrib.rnn.BasicLSTMCell(num_units=chars, state_is_tuple=True)
outputs, _ = tf.nn.dynamic_rnn(cell, X, dtype=tf.float32)
loss = tf.reduce_mean(tf.contrib.seq2seq.sequence_loss(logits=outputs, targets=Y, weights=tf.ones([1, steps])))
train = tf.train.AdamOptimizer(0.1).minimize(loss)
