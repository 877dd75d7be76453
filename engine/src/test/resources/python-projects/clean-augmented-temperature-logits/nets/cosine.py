"""Cosine-similarity classifier with a learnable temperature (few-shot baselines)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class CosineClassifier(nn.Module):
    def __init__(self, in_dim=640, num_classes=64, init_scale=10.0):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(num_classes, in_dim) * 0.01)
        self.scale = nn.Parameter(torch.tensor(init_scale))
        self.backbone = nn.Sequential(nn.Linear(in_dim, in_dim), nn.ReLU())

    def forward(self, x):
        feats = F.normalize(self.backbone(x), dim=-1)
        logits = feats @ F.normalize(self.weight, dim=-1).t()
        logits *= self.scale
        return logits
