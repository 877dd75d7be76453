"""WideResNet-lite used as both teacher and student in noisy-student self-training."""
import torch
import torch.nn as nn


class WRNLite(nn.Module):
    def __init__(self, num_classes=10, width=4):
        super().__init__()
        c = 16 * width
        self.features = nn.Sequential(
            nn.Conv2d(3, c, 3, padding=1), nn.BatchNorm2d(c), nn.ReLU(),
            nn.Conv2d(c, 2 * c, 3, stride=2, padding=1), nn.BatchNorm2d(2 * c), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.fc = nn.Linear(2 * c, num_classes)

    def forward(self, x):
        return torch.softmax(self.fc(self.features(x)), dim=1)
