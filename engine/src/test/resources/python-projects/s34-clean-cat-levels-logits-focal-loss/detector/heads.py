import torch
from torch import nn


class AnchorFreeClsHead(nn.Module):
    """One shared 3x3 tower over every FPN level, class scores per location."""

    def __init__(self, channels=256, num_classes=20):
        super().__init__()
        self.tower = nn.Sequential(nn.Conv2d(channels, channels, 3, padding=1), nn.GroupNorm(32, channels), nn.ReLU())
        self.cls = nn.Conv2d(channels, num_classes, 3, padding=1)
        self.num_classes = num_classes

    def forward(self, levels):
        scores = []
        for feat in levels:
            s = self.cls(self.tower(feat))
            scores.append(s.permute(0, 2, 3, 1).reshape(s.shape[0], -1, self.num_classes))
        return torch.cat(scores, dim=1)

    @torch.no_grad()
    def scores(self, levels):
        return self.forward(levels).sigmoid()
