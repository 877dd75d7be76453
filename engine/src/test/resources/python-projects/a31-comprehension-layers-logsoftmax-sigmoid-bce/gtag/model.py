import torch
from torch import nn

from .layers import GraphConv


class GraphTagger(nn.Module):
    """Stacked graph convolutions; every node gets an independent score per tag."""

    def __init__(self, in_dim, hidden, n_tags, n_layers=3, dropout=0.3):
        super().__init__()
        self.n_layers = n_layers
        dims = [in_dim] + [hidden] * (n_layers - 1) + [n_tags]
        acts = [nn.ReLU() for _ in range(n_layers - 1)] + [nn.LogSoftmax(dim=-1)]
        self.convs = nn.ModuleList([GraphConv(dims[i], dims[i + 1], activation=acts[i], dropout=dropout) for i in range(n_layers)])

    def forward(self, h, adj):
        for i in range(self.n_layers):
            h = self.convs[i](h, adj)
        return torch.sigmoid(h)
