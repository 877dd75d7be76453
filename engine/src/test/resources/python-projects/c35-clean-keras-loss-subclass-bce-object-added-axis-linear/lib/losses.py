import tensorflow as tf


class LabelWeightedBCE(tf.keras.losses.Loss):
    """Per-label binary cross-entropy, each label weighted by its inverse frequency."""

    def __init__(self, label_weights, name="label_weighted_bce"):
        super().__init__(name=name)
        self.label_weights = tf.constant(label_weights, dtype=tf.float32)
        self.bce = tf.keras.losses.BinaryCrossentropy(from_logits=True, reduction="none")

    def call(self, y_true, y_pred):
        per_label = self.bce(y_true[..., None], y_pred[..., None])
        return tf.reduce_sum(per_label * self.label_weights, axis=-1)
