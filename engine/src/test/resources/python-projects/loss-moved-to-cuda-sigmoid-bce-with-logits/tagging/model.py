import torch
import torch.nn as nn


class TagNet(nn.Module):
    """Multi-label photo tagging on top of pooled backbone features."""

    def __init__(self, in_dim=2048, n_tags=80, p_drop=0.3):
        super().__init__()
        self.drop = nn.Dropout(p_drop)
        self.fc = nn.Linear(in_dim, n_tags)

    def forward(self, feats):
        return torch.sigmoid(self.fc(self.drop(feats)))
