"""Next-character class and case predicted by two softmax heads, joined along the feature axis for one scoring call."""
import tensorflow as tf

from .shapes import FEATURE_AXIS


class TwoGroupHead(tf.Module):
    def __init__(self, num_hiddens, groups=(26, 2)):
        super().__init__()
        init = tf.random_normal_initializer(stddev=0.01)
        self.W = [tf.Variable(init((num_hiddens, k))) for k in groups]
        self.b = [tf.Variable(tf.zeros(k)) for k in groups]

    def __call__(self, H):
        letter = tf.nn.softmax(tf.matmul(H, self.W[0]) + self.b[0])
        case = tf.nn.softmax(tf.matmul(H, self.W[1]) + self.b[1])
        return tf.concat([letter, case], axis=FEATURE_AXIS)
