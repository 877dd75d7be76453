"""Apparent-age regression from face embeddings."""
import torch.nn as nn


class AgeRegressor(nn.Module):
    def __init__(self, emb_dim=512):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(emb_dim, 256), nn.ReLU(), nn.Dropout(0.3), nn.Linear(256, 1))

    def forward(self, emb):
        return self.mlp(emb).squeeze(-1)
