import torch.nn as nn

from .base import Head


class LinearHead(Head, name="linear"):
    def __init__(self, in_dim, num_species):
        super().__init__()
        self.fc = nn.Linear(in_dim, num_species)

    def forward(self, feats):
        return self.fc(feats)


class ConfidenceHead(Head, name="confidence"):
    """Per-species confidences for the field app."""

    def __init__(self, in_dim, num_species):
        super().__init__()
        self.fc = nn.Sequential(nn.Dropout(0.3), nn.Linear(in_dim, num_species), nn.Softmax(dim=-1))

    def forward(self, feats):
        return self.fc(feats)
