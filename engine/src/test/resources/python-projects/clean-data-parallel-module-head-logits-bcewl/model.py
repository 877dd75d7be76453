import torch
import torch.nn as nn


class ProteinMLP(nn.Module):
    def __init__(self, n_features=1024, n_go_terms=256):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(n_features, 512), nn.ReLU(), nn.Dropout(0.3))
        self.fc = nn.Linear(512, n_go_terms)

    def embed(self, x):
        return self.trunk(x)

    def head(self, h):
        return self.fc(h)

    def forward(self, x):
        return self.head(self.embed(x))
