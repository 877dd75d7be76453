import torch
from torch import nn


class SoundNet(nn.Module):
    def __init__(self, n_mels=128, n_classes=50):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        )
        self.fc = nn.Linear(64, n_classes)

    def forward(self, spec):
        return torch.softmax(self.fc(self.conv(spec).flatten(1)), dim=-1)
