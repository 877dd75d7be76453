import torch
from torch import nn


class MLPHead(nn.Module):
    def __init__(self, in_dim):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_dim, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, x):
        return self.net(x).squeeze(-1)


class GatedHead(nn.Module):
    def __init__(self, in_dim):
        super().__init__()
        self.value = nn.Linear(in_dim, 64)
        self.gate = nn.Linear(in_dim, 64)
        self.out = nn.Linear(64, 1)

    def forward(self, x):
        return torch.sigmoid(self.out(self.value(x) * torch.sigmoid(self.gate(x)))).squeeze(-1)


HEADS = {"mlp": MLPHead, "gated": GatedHead}
