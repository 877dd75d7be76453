import torch
from torch import nn


class CommentScorer(nn.Module):
    def __init__(self, vocab_size: int, dim: int = 96, n_labels: int = 6):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab_size, dim)
        self.out = nn.Linear(dim, n_labels)

    def forward(self, tokens, offsets):
        return self.out(self.embed(tokens, offsets))
