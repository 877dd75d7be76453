import torch
from torch import nn


class TabularMLP(nn.Module):
    def __init__(self, n_in=14, n_classes=3, probabilities=False):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(n_in, 128), nn.ReLU(), nn.Linear(128, n_classes))
        self.probabilities = probabilities

    def forward(self, X):
        out = self.layers(X)
        return torch.softmax(out, dim=-1) if self.probabilities else out
