"""Multi-label image tagger (COCO 80 tags) on precomputed backbone features."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, feat_dim=2048, num_tags=80):
        super().__init__()
        self.neck = nn.Sequential(nn.Linear(feat_dim, 512), nn.BatchNorm1d(512), nn.ReLU())
        self.fc = nn.Linear(512, num_tags)

    def forward(self, feats):
        h = self.neck(feats)
        return torch.sigmoid(self.fc(h))
