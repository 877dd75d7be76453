from typing import NamedTuple

import torch
from torch import nn


class TaggerOutput(NamedTuple):
    scores: torch.Tensor
    probs: torch.Tensor


class SceneTagger(nn.Module):
    def __init__(self, n_mels=64, n_scenes=10):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten())
        self.fc = nn.Linear(16, n_scenes)

    def forward(self, spec):
        scores = self.fc(self.conv(spec))
        return TaggerOutput(scores=scores, probs=scores.softmax(dim=-1))
