import torch.nn as nn

from .registry import BACKBONES


@BACKBONES.register_module
class SmallEncoder(nn.Module):
    def __init__(self, width=32, cfg=None):
        super().__init__()
        self.stages = nn.Sequential(
            nn.Conv2d(3, width, 3, stride=2, padding=1), nn.BatchNorm2d(width), nn.ReLU(inplace=True),
            nn.Conv2d(width, width, 3, stride=2, padding=1), nn.BatchNorm2d(width), nn.ReLU(inplace=True),
        )
        self.out_channels = width

    def forward(self, x):
        return self.stages(x)
