import torch
import torch.nn as nn


class SpamClassifier(nn.Module):
    def __init__(self, n_features=5000):
        super().__init__()
        self.linear = nn.Linear(n_features, 1)

    def forward(self, x):
        return torch.sigmoid(self.linear(x)).squeeze(1)
