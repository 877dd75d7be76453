import torch
import torch.nn as nn


class ProbFocalLoss(nn.Module):
    """Focal loss on class probabilities (the network already ends in softmax)."""

    def __init__(self, gamma=2.0, eps=1e-7):
        super().__init__()
        self.gamma = gamma
        self.eps = eps

    def forward(self, probs, target):
        p_t = probs.gather(1, target.unsqueeze(1)).squeeze(1).clamp(self.eps, 1.0)
        return (-(1.0 - p_t) ** self.gamma * torch.log(p_t)).mean()
