import torch
from torch import nn


def block(dim_in, dim_out, last=False):
    if last:
        return nn.Sequential(nn.Linear(dim_in, dim_out), nn.Softmax(dim=-1))
    return nn.Sequential(nn.Linear(dim_in, dim_out), nn.BatchNorm1d(dim_out), nn.ReLU(), nn.Dropout(0.2))


class TabularClassifier(nn.Module):
    """The first n_trunk blocks give the class scores; the last block turns them into probabilities for serving."""

    def __init__(self, n_features, n_classes, hidden=256, n_trunk=3):
        super().__init__()
        self.n_trunk = n_trunk
        self.blocks = nn.ModuleList([
            block(n_features, hidden),
            block(hidden, hidden),
            nn.Linear(hidden, n_classes),
            nn.Softmax(dim=-1),
        ])

    def forward(self, x):
        for i in range(self.n_trunk):
            x = self.blocks[i](x)
        return x

    @torch.no_grad()
    def predict_proba(self, x):
        return self.blocks[-1](self.forward(x))
