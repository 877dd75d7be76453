import torch
import torch.nn as nn

from .registry import HEADS


@HEADS.register_module
class LinearFlag(nn.Module):
    def __init__(self, channels=32):
        super().__init__()
        self.fc = nn.Linear(channels, 1)

    def forward(self, x):
        return self.fc(x)


@HEADS.register_module
class SigmoidFlag(nn.Module):
    def __init__(self, channels=32):
        super().__init__()
        self.fc = nn.Linear(channels, 1)

    def forward(self, x):
        return torch.sigmoid(self.fc(x))
