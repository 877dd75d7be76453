import math

import torch
import torch.nn as nn
import torch.nn.functional as F


def soft_assign(z, prototypes, temperature):
    """Probability of each embedding (row) belonging to each prototype."""
    sims = F.normalize(z, dim=1) @ F.normalize(prototypes, dim=1).T
    return F.softmax(sims / temperature, dim=1)


class SoftClusterLoss(nn.Module):
    def __init__(self, temperature=0.1, prior_weight=1.0):
        super().__init__()
        self.temperature = temperature
        self.prior_weight = prior_weight

    def forward(self, z_anchor, z_target, prototypes):
        probs = soft_assign(z_anchor, prototypes, self.temperature)
        with torch.no_grad():
            targets = soft_assign(z_target, prototypes, self.temperature / 2)
        loss = -(targets * torch.log(probs + 1e-8)).sum(dim=1).mean()
        if self.prior_weight > 0:
            mean_probs = probs.mean(dim=0)
            loss = loss + self.prior_weight * self.prior_penalty(mean_probs)
        return loss

    def prior_penalty(self, mean_probs):
        """Negative entropy of the mean assignment: spreads the batch over the prototypes."""
        return (mean_probs * torch.log(mean_probs + 1e-8)).sum() + math.log(mean_probs.numel())


class UniformPriorLoss(SoftClusterLoss):
    """Matches the mean assignment to a uniform prior with a KL divergence."""

    def prior_penalty(self, mean_probs):
        uniform = torch.full_like(mean_probs, 1.0 / mean_probs.numel())
        return F.kl_div(mean_probs.log(), uniform, reduction="sum")
