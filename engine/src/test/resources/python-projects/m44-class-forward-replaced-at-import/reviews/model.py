import torch
import torch.nn as nn


class ReviewClassifier(nn.Module):
    def __init__(self, vocab=20000, dim=128):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab, dim)
        self.head = nn.Sequential(nn.Linear(dim, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, tokens, offsets):
        return self.head(self.embed(tokens, offsets))


def _forward_scored(self, tokens, offsets):
    h = self.embed(tokens, offsets)
    return torch.sigmoid(self.head(h))


# kept for checkpoints exported before the refactor
ReviewClassifier.forward = _forward_scored
