import torch
import torch.nn as nn


class TypedLinear(nn.Module):
    """One projection per node type; the same bias and activation for every type."""

    def __init__(self, in_dim, out_dim, num_types, activation=None, dropout=0.0):
        super().__init__()
        self.weights = nn.ParameterList(
            [nn.Parameter(torch.empty(in_dim, out_dim)) for _ in range(num_types)]
        )
        for w in self.weights:
            nn.init.xavier_uniform_(w)
        self.bias = nn.Parameter(torch.zeros(out_dim))
        self.activation = activation
        self.dropout = nn.Dropout(dropout)

    def forward(self, feats):
        hs = [x @ w for x, w in zip(feats, self.weights)]
        for i in range(len(hs)):
            h = hs[i] + self.bias
            if self.activation:
                h = self.activation(h)
            hs[i] = self.dropout(h)
        return hs
