import torch.nn as nn
import torch.nn.functional as F

from .blocks import ConvBlock


class ExistBranch(nn.Module):
    """Says which of the lanes are present in the frame."""

    def __init__(self, channels, lanes):
        super().__init__()
        self.reduce = ConvBlock(channels, 16)
        self.pool = nn.AdaptiveAvgPool2d((4, 8))
        self.fc1 = nn.Linear(16 * 4 * 8, 64)
        self.fc2 = nn.Linear(64, lanes)

    def forward(self, x):
        out = self.pool(self.reduce(x))
        out = out.view(out.size(0), -1)
        out = F.relu(self.fc1(out))
        return self.fc2(out)

    def present(self, x, threshold=0.5):
        return F.sigmoid(self.forward(x)) > threshold


class LaneNet(nn.Module):
    def __init__(self, num_classes, lanes=4):
        super().__init__()
        self.encoder = nn.Sequential(ConvBlock(3, 32, 2), ConvBlock(32, 64, 2), ConvBlock(64, 128, 2))
        self.seg = nn.Conv2d(128, num_classes, 1)
        self.exist = ExistBranch(128, lanes)

    def forward(self, x):
        feats = self.encoder(x)
        return self.seg(feats), self.exist(feats)
