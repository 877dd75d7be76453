import torch
from torch import nn

from .layers import HyperConv


class EmotionHGNN(nn.Module):
    """Two hypergraph blocks; each of the four emotion labels is scored on its own."""

    def __init__(self, dim_feat, hidden=64, n_labels=4):
        super().__init__()
        self.blocks = nn.ModuleList([
            HyperConv(dim_feat, hidden, activation=nn.ReLU()),
            HyperConv(hidden, n_labels, activation=nn.Identity()),
        ])

    def forward(self, x, incidence):
        for block in self.blocks:
            x = block(x, incidence)
        return torch.sigmoid(x)
