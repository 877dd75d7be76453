"""Tabular churn model: a few dense blocks and a single score per customer."""
from torch import nn


def block(n_in, n_out, p=0.1):
    return nn.Sequential(nn.Linear(n_in, n_out), nn.BatchNorm1d(n_out), nn.ReLU(), nn.Dropout(p))


class ChurnNet(nn.Module):
    def __init__(self, n_features, hidden=(128, 64)):
        super().__init__()
        dims = (n_features,) + tuple(hidden)
        self.body = nn.Sequential(*[block(a, b) for a, b in zip(dims[:-1], dims[1:])])
        self.head = nn.Sequential(nn.ReLU(), nn.Linear(dims[-1], 1))

    def forward(self, x):
        return self.head(self.body(x)).squeeze(-1)
