import torch.nn as nn

from .base import Backbone


def conv_block(c_in, c_out):
    return nn.Sequential(nn.Conv2d(c_in, c_out, 3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(inplace=True), nn.MaxPool2d(2))


class SmallCNN(Backbone):
    key = "small"
    out_dim = 128

    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(conv_block(1, 32), conv_block(32, 64), conv_block(64, 128), nn.AdaptiveAvgPool2d(1), nn.Flatten())

    def forward(self, spec):
        return self.features(spec)


class WideCNN(Backbone):
    key = "wide"
    out_dim = 256

    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(conv_block(1, 64), conv_block(64, 256), nn.AdaptiveAvgPool2d(1), nn.Flatten())

    def forward(self, spec):
        return self.features(spec)
