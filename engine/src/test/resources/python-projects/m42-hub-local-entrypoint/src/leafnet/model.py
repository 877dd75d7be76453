import torch
from torch import nn


class LeafNet(nn.Module):
    """Multi-label disease detector for leaf photographs (a leaf can carry several diseases)."""

    def __init__(self, width=32, num_diseases=14, drop=0.1):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, width, 3, stride=2, padding=1), nn.BatchNorm2d(width), nn.ReLU(),
            nn.Conv2d(width, 2 * width, 3, stride=2, padding=1), nn.BatchNorm2d(2 * width), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(drop),
        )
        self.head = nn.Linear(2 * width, num_diseases)

    def forward(self, x):
        return torch.sigmoid(self.head(self.features(x)))
