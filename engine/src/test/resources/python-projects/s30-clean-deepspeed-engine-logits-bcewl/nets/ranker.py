import torch
from torch import nn


class PairRanker(nn.Module):
    def __init__(self, dim=768):
        super().__init__()
        self.score = nn.Sequential(nn.Linear(2 * dim, 256), nn.ReLU(), nn.Linear(256, 1))

    def forward(self, query, doc):
        s = self.score(torch.cat([query, doc], dim=-1)).squeeze(-1)
        return s
