"""Patch classifier with a selectable output head."""
from enum import Enum

import torch.nn as nn
import torch.nn.functional as F


class HeadMode(Enum):
    SCORES = "scores"
    PROBABILITIES = "probabilities"


class PatchClassifier(nn.Module):
    def __init__(self, in_ch=3, n_tissue=9, head_mode=HeadMode.PROBABILITIES):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(in_ch, 32, 3, padding=1),
            nn.BatchNorm2d(32),
            nn.ReLU(inplace=True),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.classifier = nn.Linear(32, n_tissue)
        self.head_mode = head_mode

    def forward(self, patches):
        scores = self.classifier(self.features(patches))
        if self.head_mode is HeadMode.PROBABILITIES:
            return F.softmax(scores, dim=-1)
        return scores
