import torch
import torch.nn as nn
import torch.nn.functional as F


class WeightedFocalLoss(nn.Module):
    """Binary focal loss (Lin et al.) with a per-class weight alpha."""

    def __init__(self, alpha=0.25, gamma=2.0):
        super().__init__()
        self.register_buffer("alpha", torch.tensor([alpha, 1.0 - alpha]))
        self.gamma = gamma

    def forward(self, inputs, targets):
        bce = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
        at = self.alpha.gather(0, targets.long().view(-1))
        pt = torch.exp(-bce)
        return (at * (1 - pt) ** self.gamma * bce).mean()
