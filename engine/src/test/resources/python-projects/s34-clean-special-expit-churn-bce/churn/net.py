import torch
from torch import nn


class ChurnNet(nn.Module):
    def __init__(self, n_numeric, cat_cardinalities, emb_dim=8):
        super().__init__()
        self.embs = nn.ModuleList([nn.Embedding(c, emb_dim) for c in cat_cardinalities])
        width = n_numeric + emb_dim * len(cat_cardinalities)
        self.mlp = nn.Sequential(nn.Linear(width, 64), nn.ReLU(), nn.Dropout(0.3), nn.Linear(64, 1))

    def forward(self, numeric, categorical):
        embedded = [emb(categorical[:, i]) for i, emb in enumerate(self.embs)]
        score = self.mlp(torch.cat([numeric, *embedded], dim=1)).squeeze(1)
        return torch.special.expit(score)
