import torch
from torch import nn

from .outputs import DefectPrediction


class DefectNet(nn.Module):
    def __init__(self, channels: int = 3):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(channels, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.score = nn.Linear(32, 1)

    def forward(self, images) -> DefectPrediction:
        features = self.backbone(images)
        logit = self.score(features).squeeze(1)
        return DefectPrediction(logit, torch.sigmoid(logit), features)
