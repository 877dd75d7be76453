"""USPS digits, 16x16 grayscale."""
import torch.nn as nn


class USPSNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 16, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten())
        self.head = nn.Sequential(nn.Linear(16 * 6 * 6, 64), nn.ReLU(), nn.Linear(64, 10), nn.LogSoftmax(dim=1))

    def forward(self, x):
        return self.head(self.features(x))
