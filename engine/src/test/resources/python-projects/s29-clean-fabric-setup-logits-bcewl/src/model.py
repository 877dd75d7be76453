import torch
from torch import nn


class ClickThroughModel(nn.Module):
    def __init__(self, n_fields=39, embed_dim=16, buckets=100000):
        super().__init__()
        self.embed = nn.Embedding(buckets, embed_dim)
        self.mlp = nn.Sequential(nn.Linear(n_fields * embed_dim, 200), nn.ReLU(), nn.Linear(200, 1))

    def forward(self, ids):
        z = self.mlp(self.embed(ids).flatten(1)).squeeze(-1)
        return z
