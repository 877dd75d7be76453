import torch
from torch import nn


def double_conv(c_in, c_out):
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, 3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(inplace=True),
        nn.Conv2d(c_out, c_out, 3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU(inplace=True),
    )


class TinyUNet(nn.Module):
    def __init__(self, width=32):
        super().__init__()
        self.down1 = double_conv(3, width)
        self.down2 = double_conv(width, width * 2)
        self.pool = nn.MaxPool2d(2)
        self.up = nn.ConvTranspose2d(width * 2, width, 2, stride=2)
        self.fuse = double_conv(width * 2, width)
        self.mask = nn.Conv2d(width, 1, 1)  # logits: the BCE term applies the sigmoid

    def forward(self, x):
        a = self.down1(x)
        b = self.down2(self.pool(a))
        u = self.fuse(torch.cat([self.up(b), a], dim=1))
        return self.mask(u)
