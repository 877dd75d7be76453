import torch
from torch import nn


class GenreNet(nn.Module):
    def __init__(self, n_mels=128, n_genres=10):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(n_mels, 64, 5, padding=2), nn.ReLU(), nn.AdaptiveMaxPool1d(1))
        self.classifier = nn.Linear(64, n_genres)

    def forward(self, mel):
        h = self.conv(mel).squeeze(-1)
        return torch.sigmoid(self.classifier(h))
