import torch
import torch.nn as nn
import torch.nn.functional as F


class AttentionMIL(nn.Module):
    """Ilse et al. style attention pooling over the instances (patches) of a bag (slide)."""

    def __init__(self, in_dim=512, hidden=128, num_classes=4, gated=False):
        super().__init__()
        self.gated = gated
        self.att = nn.Sequential(nn.Linear(in_dim, hidden), nn.Tanh(), nn.Linear(hidden, 1))
        self.gate = nn.Sequential(nn.Linear(in_dim, hidden), nn.Sigmoid())
        self.instance_head = nn.Linear(in_dim, num_classes)

    def forward(self, bag):
        # bag: (B, N, in_dim)
        scores = self.att(bag).squeeze(-1)
        attn = F.softmax(scores, dim=1)
        instance_logits = self.instance_head(bag)
        if self.gated:
            return torch.einsum("bn,bnc->bc", attn, instance_logits)
        return torch.bmm(attn.unsqueeze(1), instance_logits).squeeze(1)
