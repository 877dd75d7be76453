"""Classification heads, selected by name from the config."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LinearHead(nn.Module):
    def __init__(self, in_dim, num_classes, dropout=0.0):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.fc = nn.Linear(in_dim, num_classes)

    def forward(self, x):
        return self.fc(self.drop(x))


class CosineProbHead(nn.Module):
    """Cosine-similarity classifier returning class probabilities."""

    def __init__(self, in_dim, num_classes, dropout=0.0, scale=16.0):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.weight = nn.Parameter(torch.randn(num_classes, in_dim) * 0.01)
        self.scale = scale

    def forward(self, x):
        cos = F.linear(F.normalize(self.drop(x), dim=1), F.normalize(self.weight, dim=1))
        return F.softmax(self.scale * cos, dim=1)


HEADS = {
    "linear": LinearHead,
    "cosine_prob": CosineProbHead,
}
