import tensorflow as tf

from model import blocks


def inference(images, num_classes):
    net = blocks.conv(images, 32, "conv1")
    net = tf.nn.max_pool(net, [1, 2, 2, 1], [1, 2, 2, 1], "SAME")
    net = blocks.conv(net, 64, "conv2")
    net = tf.reshape(net, [-1, 8 * 8 * 64])
    net = blocks.fully_connected(net, 512, "fc1")
    return blocks.fully_connected(net, num_classes, "logits")
