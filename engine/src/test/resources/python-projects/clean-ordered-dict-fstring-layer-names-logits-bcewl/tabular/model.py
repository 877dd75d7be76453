import torch
from torch import nn

from .heads import mlp_head


class DefaultRiskModel(nn.Module):
    def __init__(self, n_numeric, cardinalities, emb_dim=8):
        super().__init__()
        self.embeddings = nn.ModuleList([nn.Embedding(c, emb_dim) for c in cardinalities])
        self.head = mlp_head(n_numeric + emb_dim * len(cardinalities), hidden=[256, 128], n_outputs=1)

    def forward(self, numeric, categorical):
        embedded = [emb(categorical[:, i]) for i, emb in enumerate(self.embeddings)]
        return self.head(torch.cat([numeric, *embedded], dim=1)).squeeze(1)
