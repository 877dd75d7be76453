import torch
from torch import nn


class TinyViT(nn.Module):
    def __init__(self, num_classes=100, dim=192, depth=12, patch=4):
        super().__init__()
        self.patchify = nn.Conv2d(3, dim, patch, stride=patch)
        self.cls = nn.Parameter(torch.zeros(1, 1, dim))
        self.blocks = nn.TransformerEncoder(nn.TransformerEncoderLayer(dim, 3, 4 * dim, batch_first=True), depth)
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, num_classes)

    def forward(self, x):
        tokens = self.patchify(x).flatten(2).transpose(1, 2)
        tokens = self.blocks(torch.cat([self.cls.expand(x.size(0), -1, -1), tokens], dim=1))
        return torch.softmax(self.head(self.norm(tokens[:, 0])), dim=-1)
