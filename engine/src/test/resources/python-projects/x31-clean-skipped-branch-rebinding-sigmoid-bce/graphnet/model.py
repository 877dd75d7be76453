import torch
import torch.nn as nn


class GraphNet(nn.Module):
    def __init__(self, in_dim, n_classes):
        super().__init__()
        self.conv = nn.Linear(in_dim, 64)
        self.head = nn.Linear(64, n_classes)

    def forward(self, **kwargs):
        feats = kwargs["feats"]
        adj = kwargs["adj"]
        x = torch.relu(self.conv(adj @ feats))
        x = self.head(x)
        return torch.sigmoid(x)
