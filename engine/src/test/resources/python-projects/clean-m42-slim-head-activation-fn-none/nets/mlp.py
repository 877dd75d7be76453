"""A small fully connected classifier in TF-Slim."""
import tensorflow as tf

slim = tf.contrib.slim


def mlp(inputs, num_classes, hidden=(256, 128), is_training=True, scope="mlp"):
    with tf.variable_scope(scope, "mlp", [inputs]):
        net = slim.flatten(inputs)
        for i, width in enumerate(hidden):
            net = slim.fully_connected(net, width, scope="fc%d" % (i + 1))
            net = slim.dropout(net, 0.5, is_training=is_training, scope="dropout%d" % (i + 1))
        logits = slim.fully_connected(net, num_classes, activation_fn=None, scope="logits")
    return logits
