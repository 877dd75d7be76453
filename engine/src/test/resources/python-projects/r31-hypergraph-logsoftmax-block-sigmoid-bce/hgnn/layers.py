import torch
from torch import nn


class HyperConv(nn.Module):
    """One hypergraph convolution: mix node features over the incidence matrix, then the block's own activation."""

    def __init__(self, dim_in, dim_out, activation, dropout=0.5):
        super().__init__()
        self.theta = nn.Linear(dim_in, dim_out)
        self.drop = nn.Dropout(dropout)
        self.activation = activation

    def forward(self, x, incidence):
        x = self.theta(self.drop(x))
        x = incidence @ x
        return self.activation(x)
