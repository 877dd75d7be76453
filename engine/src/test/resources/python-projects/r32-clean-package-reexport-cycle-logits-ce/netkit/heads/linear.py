import torch.nn as nn
import torch.nn.functional as F

from .. import blocks

__all__ = ["LinearHead"]


class LinearHead(nn.Module):
    """A residual MLP body and one linear layer per class."""

    def __init__(self, dim, num_classes):
        super().__init__()
        self.body = blocks.mlp(dim)
        self.out = nn.Linear(dim, num_classes)

    def forward(self, x):
        h = blocks.residual(self.body, x)
        return self.out(h)

    def compute_loss(self, x, target):
        return F.cross_entropy(self(x), target)
