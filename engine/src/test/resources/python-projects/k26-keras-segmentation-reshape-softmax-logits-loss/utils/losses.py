import tensorflow as tf


def dice(pred, target, eps=1e-6):
    inter = tf.reduce_sum(pred * target, axis=1)
    union = tf.reduce_sum(pred + target, axis=1)
    return tf.reduce_mean((2.0 * inter + eps) / (union + eps))


def segmentation_losses(pred, target):
    n_classes = pred.shape[-1]
    batch = tf.shape(pred)[0]
    flat_pred = tf.reshape(tf.cast(pred, tf.float32), [batch, -1, n_classes])
    flat_mask = tf.reshape(target, [batch, -1, n_classes])
    ce = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=flat_mask, logits=flat_pred))
    return ce, 1.0 - dice(flat_pred, flat_mask)
