import tensorflow as tf


class SupportReadout:
    """Reads class scores for each target out of the support set it attends to."""

    def __call__(self, similarities, support_labels, scope="readout"):
        with tf.name_scope(scope):
            attention = tf.nn.softmax(similarities)
            return tf.squeeze(tf.matmul(tf.expand_dims(attention, 1), support_labels))
