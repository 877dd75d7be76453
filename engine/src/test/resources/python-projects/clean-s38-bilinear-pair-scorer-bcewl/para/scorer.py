import torch.nn as nn


class ParaphraseScorer(nn.Module):
    def __init__(self, dim=300, proj=128):
        super().__init__()
        self.proj = nn.Linear(dim, proj)
        self.score = nn.Bilinear(proj, proj, 1)

    def forward(self, a, b):
        return self.score(self.proj(a).tanh(), self.proj(b).tanh()).squeeze(-1)
