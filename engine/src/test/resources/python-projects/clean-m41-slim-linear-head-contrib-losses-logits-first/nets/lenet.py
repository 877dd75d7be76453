import tensorflow as tf

slim = tf.contrib.slim


def lenet(images, num_classes=10, is_training=True, scope='LeNet'):
    with tf.variable_scope(scope, 'LeNet', [images]):
        net = slim.conv2d(images, 32, [5, 5], scope='conv1')
        net = slim.max_pool2d(net, [2, 2], 2, scope='pool1')
        net = slim.conv2d(net, 64, [5, 5], scope='conv2')
        net = slim.max_pool2d(net, [2, 2], 2, scope='pool2')
        net = slim.flatten(net)
        net = slim.fully_connected(net, 1024, scope='fc3')
        net = slim.dropout(net, 0.5, is_training=is_training, scope='dropout3')
        logits = slim.fully_connected(net, num_classes, activation_fn=None, scope="fc4")
    return logits
