import tensorflow as tf


def weighted_pixel_xent(y_true, y_pred):
    """Cross-entropy per pixel, averaged over the batch."""
    per_pixel = tf.nn.softmax_cross_entropy_with_logits(labels=y_true, logits=y_pred)
    return tf.reduce_mean(per_pixel)


def dice_coef(y_true, y_pred, smooth=1.0):
    inter = tf.reduce_sum(y_true * y_pred)
    return (2.0 * inter + smooth) / (tf.reduce_sum(y_true) + tf.reduce_sum(y_pred) + smooth)
