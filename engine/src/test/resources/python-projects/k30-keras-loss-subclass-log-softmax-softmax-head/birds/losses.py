import tensorflow as tf


class PolyCrossEntropy(tf.keras.losses.Loss):
    """Poly-1 cross-entropy: CE plus epsilon * (1 - p_t)."""

    def __init__(self, num_classes, epsilon=1.0, **kwargs):
        super().__init__(**kwargs)
        self.num_classes = num_classes
        self.epsilon = epsilon

    def call(self, y_true, y_pred):
        labels = tf.one_hot(tf.cast(tf.reshape(y_true, [-1]), tf.int32), self.num_classes)
        log_probs = tf.nn.log_softmax(y_pred, axis=-1)
        ce = -tf.reduce_sum(labels * log_probs, axis=-1)
        pt = tf.reduce_sum(labels * tf.exp(log_probs), axis=-1)
        return ce + self.epsilon * (1.0 - pt)
