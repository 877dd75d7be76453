import tensorflow as tf


def masked_sparse_ce(y_true, y_pred):
    """Sparse CE that ignores padded examples (label -1)."""
    mask = tf.cast(tf.not_equal(y_true, -1), tf.float32)
    y_true = tf.maximum(y_true, 0)
    per_example = tf.keras.losses.sparse_categorical_crossentropy(y_true, y_pred, from_logits=False)
    return tf.reduce_sum(per_example * mask) / tf.maximum(tf.reduce_sum(mask), 1.0)
