import torch.nn.functional as F
from torch import nn


class Detector(nn.Module):
    """A binary anomaly detector: subclasses build the scorer, the base trains it."""

    def score(self, x):
        raise NotImplementedError

    def forward(self, x):
        return self.score(x).squeeze(-1)

    def training_step(self, x, y, optimizer):
        optimizer.zero_grad()
        loss = F.binary_cross_entropy_with_logits(self(x), y.float())
        loss.backward()
        optimizer.step()
        return loss.item()
