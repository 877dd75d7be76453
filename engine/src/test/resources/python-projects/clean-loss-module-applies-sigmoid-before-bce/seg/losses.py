import torch
import torch.nn as nn
import torch.nn.functional as F


class DiceBCELoss(nn.Module):
    def __init__(self, smooth=1.0, bce_weight=0.5):
        super().__init__()
        self.smooth = smooth
        self.bce_weight = bce_weight

    def forward(self, logits, masks):
        probs = torch.sigmoid(logits)
        bce = F.binary_cross_entropy(probs, masks)
        flat_p, flat_m = probs.view(-1), masks.view(-1)
        inter = (flat_p * flat_m).sum()
        dice = 1 - (2.0 * inter + self.smooth) / (flat_p.sum() + flat_m.sum() + self.smooth)
        return self.bce_weight * bce + (1 - self.bce_weight) * dice
