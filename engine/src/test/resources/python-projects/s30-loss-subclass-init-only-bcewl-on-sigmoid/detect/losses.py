import torch
from torch import nn


class WeightedBCE(nn.BCEWithLogitsLoss):
    """BCE with logits, positives weighted by the inverse class frequency."""

    def __init__(self, pos_fraction: float = 0.1):
        super().__init__(pos_weight=torch.tensor((1 - pos_fraction) / pos_fraction))
