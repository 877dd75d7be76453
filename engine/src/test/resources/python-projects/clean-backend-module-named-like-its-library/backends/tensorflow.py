"""The TensorFlow backend of the book's helpers; chapters import it as `from backends import tensorflow as bk`."""
import tensorflow as tf


class PaddedTokenLoss(tf.keras.losses.Loss):
    """Cross-entropy over the real tokens only (padding weighs zero)."""

    def __init__(self, lengths):
        super().__init__(reduction="none")
        self.lengths = lengths

    def call(self, labels, scores):
        weights = tf.ones_like(labels, dtype=tf.float32)
        weights = weights * tf.sequence_mask(self.lengths, tf.shape(labels)[1], dtype=tf.float32)
        target = tf.one_hot(labels, depth=scores.shape[-1])
        per_token = tf.keras.losses.CategoricalCrossentropy(from_logits=True, reduction="none")(target, scores)
        return tf.reduce_mean(per_token * weights, axis=1)


def train_translator(net, batches, lr, epochs):
    optimizer = tf.keras.optimizers.Adam(learning_rate=lr)
    for _ in range(epochs):
        for src, src_len, tgt, tgt_len in batches:
            with tf.GradientTape() as tape:
                scores, _ = net(src, tgt, src_len, training=True)
                loss = PaddedTokenLoss(tgt_len)(tgt, scores)
            grads = tape.gradient(loss, net.trainable_variables)
            optimizer.apply_gradients(zip(grads, net.trainable_variables))


ones_like = tf.ones_like
zeros = tf.zeros
