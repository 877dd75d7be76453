import torch.nn as nn


def conv_bn(cin, cout, stride=1):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, stride, 1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class Backbone(nn.Module):
    def __init__(self, width=256):
        super().__init__()
        self.features = nn.Sequential(
            conv_bn(3, width // 4),
            conv_bn(width // 4, width // 2, stride=2),
            conv_bn(width // 2, width, stride=2),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.out_dim = width

    def forward(self, x):
        return self.features(x)
