import torch
from torch import nn


def block(dim_in, dim_out, last=False):
    if last:
        return nn.Linear(dim_in, dim_out)
    return nn.Sequential(nn.Linear(dim_in, dim_out), nn.BatchNorm1d(dim_out), nn.ReLU(), nn.Dropout(0.2))


class TabularClassifier(nn.Module):
    def __init__(self, n_features, n_classes, hidden=256, n_blocks=3):
        super().__init__()
        self.n_blocks = n_blocks
        self.blocks = nn.ModuleList([
            block(n_features, hidden),
            block(hidden, hidden),
            block(hidden, n_classes, last=True),
        ])

    def forward(self, x):
        for i in range(self.n_blocks):
            x = self.blocks[i](x)
        return x
