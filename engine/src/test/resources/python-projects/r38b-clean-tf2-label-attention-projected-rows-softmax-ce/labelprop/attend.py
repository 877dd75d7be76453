"""Label attention: a query's class scores are read from the labelled examples it attends to."""
import tensorflow as tf


def attend(query_emb, support_emb, support_rows, temperature=10.0):
    sims = tf.matmul(query_emb, support_emb, transpose_b=True) * temperature
    weights = tf.nn.softmax(sims, axis=-1)
    return tf.matmul(weights, support_rows)
