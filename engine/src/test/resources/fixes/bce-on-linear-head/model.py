import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self, features=20):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(features, 16), nn.ReLU(), nn.Linear(16, 1))

    def forward(self, x):
        return self.body(x).squeeze(1)
