import math

import torch
import torch.nn as nn


class MaskedLinear(nn.Module):
    """nn.Linear with a fixed connectivity mask on its weight (MADE)."""

    def __init__(self, in_features, out_features, bias=True):
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = nn.Parameter(torch.Tensor(out_features, in_features))
        if bias:
            self.bias = nn.Parameter(torch.Tensor(out_features))
        else:
            self.register_parameter("bias", None)
        self.register_buffer("mask", torch.ones(out_features, in_features))
        self.reset_parameters()

    def set_mask(self, mask):
        self.mask.data.copy_(mask)

    def reset_parameters(self):
        nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            bound = 1 / math.sqrt(self.in_features)
            nn.init.uniform_(self.bias, -bound, bound)

    def forward(self, x):
        y = x @ self.weight.T
        if self.bias is not None:
            y = y + self.bias
        return y


class MADE(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.hidden = MaskedLinear(n_in, hidden)
        self.out = MaskedLinear(hidden, n_in)

    def forward(self, x):
        return torch.sigmoid(self.out(torch.relu(self.hidden(x))))
