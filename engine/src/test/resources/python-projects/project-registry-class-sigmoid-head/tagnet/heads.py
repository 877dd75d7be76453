import torch
import torch.nn as nn

from .registry import HEADS


@HEADS.register_module(name="mlp")
class MLPTagHead(nn.Module):
    def __init__(self, in_dim, num_tags, hidden=1024, use_sigmoid=True):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_dim, hidden),
            nn.GELU(),
            nn.Linear(hidden, num_tags),
        )
        self.use_sigmoid = use_sigmoid

    def forward(self, x):
        logits = self.net(x)
        return torch.sigmoid(logits) if self.use_sigmoid else logits


@HEADS.register_module(name="linear")
class LinearTagHead(nn.Module):
    def __init__(self, in_dim, num_tags):
        super().__init__()
        self.fc = nn.Linear(in_dim, num_tags)

    def forward(self, x):
        return self.fc(x)
