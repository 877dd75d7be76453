import torch
import torch.nn as nn
import torch.nn.functional as F


class BinaryFocalLoss(nn.Module):
    """Focal loss for a churn head with one output column."""

    def __init__(self, alpha=0.25, gamma=2.0):
        super().__init__()
        self.alpha = alpha
        self.gamma = gamma

    def forward(self, churn_prob, target):
        # both columns: probability of staying, probability of leaving
        both = torch.cat([1 - churn_prob, churn_prob], axis=1)
        onehot = F.one_hot(target.long(), 2).float()
        with torch.no_grad():
            pt = (both * onehot).sum(1, keepdim=True)
            focus = (1 - pt).pow(self.gamma)
        per_class = F.binary_cross_entropy(both.clamp(1e-6, 1 - 1e-6), onehot, reduction="none")
        return (self.alpha * focus * per_class).mean()
