from types import SimpleNamespace

import torch
from torch import nn


class DefectScorer(nn.Module):
    def __init__(self, in_ch=1):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(in_ch, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveMaxPool2d(1), nn.Flatten())
        self.score = nn.Linear(16, 1)

    def forward(self, img):
        z = self.score(self.features(img)).squeeze(-1)
        return SimpleNamespace(logit=z, prob=torch.sigmoid(z))
