import tensorflow as tf


class IntentHead(tf.keras.layers.Layer):
    """Scores the intents; exp(log_softmax) kept from a version that sampled from the log-probabilities."""

    def __init__(self, n_intents, **kwargs):
        super().__init__(**kwargs)
        self.proj = tf.keras.layers.Dense(n_intents)

    def call(self, pooled):
        log_probs = tf.nn.log_softmax(self.proj(pooled), axis=-1)
        return tf.exp(log_probs)
