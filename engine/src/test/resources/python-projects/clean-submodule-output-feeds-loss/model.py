import torch
import torch.nn as nn
import torch.nn.functional as F


class MultiHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Linear(64, 32)
        self.head = nn.ModuleList([nn.Linear(32, 5), nn.Softmax(dim=1)])

    def forward(self, x):
        return self.head[1](self.head[0](self.trunk(x)))
