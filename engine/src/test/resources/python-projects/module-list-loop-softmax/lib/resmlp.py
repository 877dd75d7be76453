"""Stacked MLP blocks kept in a ModuleList so the depth is a hyper-parameter."""
import torch.nn as nn


class MLPStack(nn.Module):
    def __init__(self, dims=(784, 512, 256, 128), num_classes=10):
        super().__init__()
        self.blocks = nn.ModuleList()
        for d_in, d_out in zip(dims[:-1], dims[1:]):
            self.blocks.append(nn.Sequential(nn.Linear(d_in, d_out), nn.LayerNorm(d_out), nn.GELU()))
        self.blocks.append(nn.Linear(dims[-1], num_classes))
        self.blocks.append(nn.Softmax(dim=1))

    def forward(self, x):
        x = x.flatten(1)
        for block in self.blocks:
            x = block(x)
        return x
