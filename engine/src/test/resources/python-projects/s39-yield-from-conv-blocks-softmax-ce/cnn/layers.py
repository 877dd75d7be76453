import torch.nn as nn


def conv_bn_relu(c_in, c_out):
    yield nn.Conv2d(c_in, c_out, 3, padding=1, bias=False)
    yield nn.BatchNorm2d(c_out)
    yield nn.ReLU(inplace=True)


def vgg_like(n_classes, widths=(32, 64, 128)):
    c = 3
    for w in widths:
        yield from conv_bn_relu(c, w)
        yield nn.MaxPool2d(2)
        c = w
    yield nn.AdaptiveAvgPool2d(1)
    yield nn.Flatten()
    yield from classifier(c, n_classes)


def classifier(c, n_classes):
    yield nn.Linear(c, n_classes)
    yield nn.Softmax(dim=1)
