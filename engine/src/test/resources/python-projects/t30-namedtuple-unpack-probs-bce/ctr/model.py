from collections import namedtuple

import torch
from torch import nn

CTROutput = namedtuple("CTROutput", "logit prob")


class WideDeep(nn.Module):
    def __init__(self, n_fields, embed_dim=8):
        super().__init__()
        self.embed = nn.EmbeddingBag(100000, embed_dim, mode="sum")
        self.wide = nn.Linear(n_fields, 1)
        self.deep = nn.Sequential(nn.Linear(embed_dim, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, dense, sparse, offsets):
        logit = self.wide(dense) + self.deep(self.embed(sparse, offsets))
        return CTROutput(logit, torch.sigmoid(logit))
