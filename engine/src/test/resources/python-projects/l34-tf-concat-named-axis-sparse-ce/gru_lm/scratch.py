"""A GRU language model written with raw variables (no Keras layers)."""
import tensorflow as tf

from .shapes import STEP_AXIS


class ScratchGRU(tf.Module):
    def __init__(self, vocab_size, num_hiddens, name=None):
        super().__init__(name=name)
        init = tf.random_normal_initializer(stddev=0.01)
        self.num_hiddens = num_hiddens
        self.W_xz, self.W_hz = tf.Variable(init((vocab_size, num_hiddens))), tf.Variable(init((num_hiddens, num_hiddens)))
        self.W_xr, self.W_hr = tf.Variable(init((vocab_size, num_hiddens))), tf.Variable(init((num_hiddens, num_hiddens)))
        self.W_xh, self.W_hh = tf.Variable(init((vocab_size, num_hiddens))), tf.Variable(init((num_hiddens, num_hiddens)))
        self.b_z = tf.Variable(tf.zeros(num_hiddens))
        self.b_r = tf.Variable(tf.zeros(num_hiddens))
        self.b_h = tf.Variable(tf.zeros(num_hiddens))
        self.W_hq = tf.Variable(init((num_hiddens, vocab_size)))
        self.b_q = tf.Variable(tf.zeros(vocab_size))

    def __call__(self, inputs, H):
        outputs = []
        for X in inputs:
            Z = tf.sigmoid(tf.matmul(X, self.W_xz) + tf.matmul(H, self.W_hz) + self.b_z)
            R = tf.sigmoid(tf.matmul(X, self.W_xr) + tf.matmul(H, self.W_hr) + self.b_r)
            H_tilda = tf.tanh(tf.matmul(X, self.W_xh) + tf.matmul(R * H, self.W_hh) + self.b_h)
            H = Z * H + (1 - Z) * H_tilda
            outputs.append(tf.matmul(H, self.W_hq) + self.b_q)
        return tf.concat(outputs, axis=STEP_AXIS), H
