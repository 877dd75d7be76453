import torch
from torch import nn


def double_conv(c_in, c_out):
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, 3, padding=1, bias=False), nn.BatchNorm2d(c_out), nn.ReLU(inplace=True),
        nn.Conv2d(c_out, c_out, 3, padding=1, bias=False), nn.BatchNorm2d(c_out), nn.ReLU(inplace=True),
    )


class LesionNet(nn.Module):
    def __init__(self, n_classes=4):
        super().__init__()
        self.enc = double_conv(3, 32)
        self.mid = nn.Sequential(nn.MaxPool2d(2), double_conv(32, 64), nn.Upsample(scale_factor=2, mode="bilinear"))
        self.dec = double_conv(96, 32)
        self.classifier = nn.Conv2d(32, n_classes, kernel_size=1)
        self.prob = nn.Softmax2d()

    def forward(self, x):
        e = self.enc(x)
        d = self.dec(torch.cat([e, self.mid(e)], dim=1))
        return self.prob(self.classifier(d))
