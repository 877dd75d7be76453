import torch
import torch.nn as nn


class AnswerRanker(nn.Module):
    """Scores every candidate answer of one question; the candidates compete over axis 0."""

    def __init__(self, dim=300):
        super().__init__()
        self.score = nn.Sequential(nn.Linear(2 * dim, 128), nn.Tanh(), nn.Linear(128, 1))
        self.normalise = nn.LogSoftmax(dim=0)

    def forward(self, question, candidates):
        pairs = torch.cat([question.expand_as(candidates), candidates], dim=1)
        scores = self.score(pairs).squeeze(1)
        return torch.exp(self.normalise(scores))
