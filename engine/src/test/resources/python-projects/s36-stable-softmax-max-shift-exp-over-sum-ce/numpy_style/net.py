import torch
import torch.nn as nn

from .functional import stable_softmax


class ScratchMLP(nn.Module):
    def __init__(self, d_in=3072, hidden=512, k=10):
        super().__init__()
        self.W1 = nn.Parameter(torch.randn(d_in, hidden) * 0.01)
        self.b1 = nn.Parameter(torch.zeros(hidden))
        self.W2 = nn.Parameter(torch.randn(hidden, k) * 0.01)
        self.b2 = nn.Parameter(torch.zeros(k))

    def forward(self, x):
        h = torch.relu(x.flatten(1) @ self.W1 + self.b1)
        logits = h @ self.W2 + self.b2
        return stable_softmax(logits)
