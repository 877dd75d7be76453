import torch
from torch import nn


class PatchClassifier(nn.Module):
    def __init__(self, patch=16, dim=384, depth=6, num_classes=1000):
        super().__init__()
        self.embed = nn.Conv2d(3, dim, patch, stride=patch)
        block = nn.TransformerEncoderLayer(dim, 6, 4 * dim, batch_first=True, norm_first=True)
        self.blocks = nn.TransformerEncoder(block, depth)
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, num_classes)

    def forward(self, images):
        tokens = self.embed(images).flatten(2).transpose(1, 2)
        pooled = self.norm(self.blocks(tokens)).mean(dim=1)
        return self.head(pooled)

    @torch.no_grad()
    def predict_proba(self, images):
        return self.forward(images).softmax(dim=-1)
