"""Speaker identification over x-vector style statistics pooling (VoxCeleb subset, 251 speakers)."""
import torch
import torch.nn as nn


class XVector(nn.Module):
    def __init__(self, n_feats=30, n_speakers=251):
        super().__init__()
        self.frame = nn.Sequential(
            nn.Conv1d(n_feats, 512, 5, dilation=1), nn.ReLU(), nn.BatchNorm1d(512),
            nn.Conv1d(512, 512, 3, dilation=2), nn.ReLU(), nn.BatchNorm1d(512),
        )
        self.segment = nn.Linear(1024, 512)
        self.output = nn.Linear(512, n_speakers)

    def forward(self, feats):
        h = self.frame(feats)
        stats = torch.cat([h.mean(dim=2), h.std(dim=2)], dim=1)
        embedding = torch.relu(self.segment(stats))
        return nn.functional.softmax(self.output(embedding), dim=1)
