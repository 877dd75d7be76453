from torch import nn
from torch.nn import functional as F

from .base import WorldModel


class CategoricalWorldModel(WorldModel):
    """Each observation feature is one of `bins` levels."""

    def __init__(self, obs_dim=32, hidden=64, bins=5):
        super().__init__(obs_dim, hidden)
        self.bins = bins
        self.head = nn.Linear(hidden, obs_dim * bins)

    def forward(self, obs):
        scores = self.head(self.body(obs)).view(obs.size(0), self.bins, -1)
        return scores  # raw scores per level

    def obs_loss(self, predicted, target):
        return nn.CrossEntropyLoss()(predicted, target.long())

    def levels(self, obs):
        return F.softmax(self.forward(obs), dim=1).argmax(dim=1)
