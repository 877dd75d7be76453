import torch
from torch import nn


class GenreNet(nn.Module):
    """Audio-feature classifier: one genre per clip."""

    def __init__(self, n_mfcc=40, n_genres=10):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_mfcc, 64, 5, padding=2), nn.ReLU(), nn.MaxPool1d(2),
            nn.Conv1d(64, 128, 5, padding=2), nn.ReLU(), nn.AdaptiveAvgPool1d(1),
        )
        self.fc = nn.Linear(128, n_genres)
        self.out = nn.Sigmoid()

    def forward(self, x):
        h = self.conv(x).flatten(1)
        return self.out(self.fc(h))
