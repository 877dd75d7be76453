"""Attention-based multiple-instance learning for whole-slide image patches."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class GatedAttentionMIL(nn.Module):
    def __init__(self, in_dim=1024, hidden=256, num_classes=3):
        super().__init__()
        self.project = nn.Sequential(nn.Linear(in_dim, hidden), nn.ReLU())
        self.attn_v = nn.Linear(hidden, 128)
        self.attn_u = nn.Linear(hidden, 128)
        self.attn_w = nn.Linear(128, 1)
        self.classifier = nn.Linear(hidden, num_classes)

    def forward(self, patches):
        """patches: (B, N, in_dim) -> one prediction per bag (slide)."""
        h = self.project(patches)
        gate = torch.tanh(self.attn_v(h)) * torch.sigmoid(self.attn_u(h))
        weights = torch.softmax(self.attn_w(gate).squeeze(-1), dim=1)
        bag = (weights.unsqueeze(-1) * h).sum(dim=1)
        return F.softmax(self.classifier(bag), dim=1)
