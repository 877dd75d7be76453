"""Heads return dicts so the network can merge them into one output mapping."""
import torch.nn as nn
import torch.nn.functional as F


class ClassificationHead(nn.Module):
    def __init__(self, in_ch, num_classes):
        super().__init__()
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(in_ch, num_classes)

    def forward(self, feats):
        logits = self.fc(self.pool(feats).flatten(1))
        return {"logits": logits, "probs": logits.softmax(dim=1)}


class EmbeddingHead(nn.Module):
    def __init__(self, in_ch, dim=128):
        super().__init__()
        self.proj = nn.Conv2d(in_ch, dim, 1)

    def forward(self, feats):
        return {"embedding": F.normalize(self.proj(feats).mean(dim=(2, 3)), dim=1)}
