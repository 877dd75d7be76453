"""Calls per hour at a support desk: a Poisson regression over calendar features."""
import torch
from torch import nn


class CallRate(nn.Module):
    def __init__(self, n_features: int, width: int = 48):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(n_features, width), nn.GELU(), nn.Linear(width, width), nn.GELU())
        self.log_rate = nn.Linear(width, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # the expected number of calls
        return torch.exp(self.log_rate(self.features(x))).squeeze(-1)
