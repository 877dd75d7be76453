import torch
from torch import nn


class GraphConv(nn.Module):
    """Mean aggregation over the normalised adjacency, a linear map, then the activation this layer was built with."""

    def __init__(self, in_dim, out_dim, activation, dropout=0.3):
        super().__init__()
        self.lin = nn.Linear(in_dim, out_dim)
        self.dropout = nn.Dropout(dropout)
        self.act = activation

    def forward(self, h, adj):
        h = torch.sparse.mm(adj, self.dropout(h))
        return self.act(self.lin(h))
