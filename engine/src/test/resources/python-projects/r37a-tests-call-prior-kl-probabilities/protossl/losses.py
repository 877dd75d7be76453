"""Prototype-assignment losses for self-supervised pretraining."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


def assignments(z, prototypes, temperature):
    """Soft assignment of each embedding to the prototypes."""
    z = F.normalize(z, dim=1)
    prototypes = F.normalize(prototypes, dim=1)
    return F.softmax(z @ prototypes.T / temperature, dim=1)


class PrototypeLoss(nn.Module):
    def __init__(self, temperature=0.1, prior_weight=1.0):
        super().__init__()
        self.temperature = temperature
        self.prior_weight = prior_weight

    def forward(self, anchors, targets, prototypes):
        anchor_probs = assignments(anchors, prototypes, self.temperature)
        with torch.no_grad():
            target_probs = assignments(targets, prototypes, self.temperature / 4)
        loss = -(target_probs * torch.log(anchor_probs + 1e-8)).sum(dim=1).mean()
        if self.prior_weight > 0:
            usage = anchor_probs.mean(dim=0)
            loss = loss + self.prior_weight * self.prior_penalty(usage)
        return loss

    def prior_penalty(self, usage):
        # maximise the entropy of the mean assignment
        return (usage * torch.log(usage)).sum() + math.log(usage.shape[0])


class ZipfPrototypeLoss(PrototypeLoss):
    """Matches the mean assignment to a Zipf prior instead of the uniform one."""

    def __init__(self, exponent=0.25, **kwargs):
        super().__init__(**kwargs)
        self.exponent = exponent

    def prior_penalty(self, usage):
        ranks = torch.arange(1, usage.shape[0] + 1, dtype=usage.dtype)
        prior = ranks ** -self.exponent
        prior = prior / prior.sum()
        return F.kl_div(usage, prior, reduction="sum")
