"""Customer-churn scorer: a plain MLP whose depth comes from the config."""
from typing import Sequence

import torch
from torch import nn


class ChurnNet(nn.Module):
    def __init__(self, n_features: int, hidden: Sequence[int] = (128, 64), p_drop: float = 0.1):
        super().__init__()
        layers = []
        width = n_features
        for h in hidden:
            layers.append(nn.Linear(width, h))
            layers.append(nn.ReLU())
            layers.append(nn.Dropout(p_drop))
            width = h
        layers.append(nn.Linear(width, 1))
        self.layers = nn.ModuleList(layers)
        self.to_prob = nn.Sigmoid()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            x = layer(x)
        return x.squeeze(-1)

    @torch.no_grad()
    def predict_proba(self, x: torch.Tensor) -> torch.Tensor:
        return self.to_prob(self(x))
