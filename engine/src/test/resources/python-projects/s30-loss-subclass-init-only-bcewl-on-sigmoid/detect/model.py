import torch
from torch import nn


class AnomalyScorer(nn.Module):
    def __init__(self, n_features=64):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_features, 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, x):
        return torch.sigmoid(self.net(x).squeeze(1))
