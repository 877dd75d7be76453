"""ResNet-style MLP for tabular data (Gorishniy et al. style blocks)."""
import torch
import torch.nn as nn

from tabular.registry import register_model


class Block(nn.Module):
    def __init__(self, dim, dropout):
        super().__init__()
        self.norm = nn.BatchNorm1d(dim)
        self.fc1 = nn.Linear(dim, dim * 2)
        self.fc2 = nn.Linear(dim * 2, dim)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        return x + self.drop(self.fc2(torch.relu(self.fc1(self.norm(x)))))


@register_model("resnet")
class TabResNet(nn.Module):
    def __init__(self, in_features, dim=192, depth=3, out_features=1, dropout=0.2):
        super().__init__()
        self.embed = nn.Linear(in_features, dim)
        self.blocks = nn.Sequential(*[Block(dim, dropout) for _ in range(depth)])
        self.out = nn.Linear(dim, out_features)

    def forward(self, x):
        h = self.blocks(self.embed(x))
        return torch.sigmoid(self.out(h))
