"""Network in Network for CIFAR-10: the classifier is a 1x1 convolution per class, averaged over positions."""
from tflearn.layers.conv import avg_pool_2d, conv_2d, global_avg_pool, max_pool_2d
from tflearn.layers.core import dropout, input_data


def mlpconv(net, widths, size):
    net = conv_2d(net, widths[0], size, activation='relu')
    for w in widths[1:]:
        net = conv_2d(net, w, 1, activation='relu')
    return net


def network_in_network(n_classes=10):
    net = input_data(shape=[None, 32, 32, 3])
    net = mlpconv(net, [192, 160, 96], 5)
    net = max_pool_2d(net, 3, strides=2)
    net = dropout(net, 0.5)
    net = mlpconv(net, [192, 192, 192], 5)
    net = avg_pool_2d(net, 3, strides=2)
    net = dropout(net, 0.5)
    net = conv_2d(net, 192, 3, activation='relu')
    net = conv_2d(net, 192, 1, activation='relu')
    net = conv_2d(net, n_classes, 1)
    return global_avg_pool(net)
