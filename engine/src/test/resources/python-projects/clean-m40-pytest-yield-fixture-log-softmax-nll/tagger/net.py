import torch.nn as nn


class PosTagger(nn.Module):
    """Per-token tag scores as log-probabilities."""

    def __init__(self, vocab, tags, dim=32):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True)
        self.out = nn.Linear(dim, tags)
        self.log_probs = nn.LogSoftmax(dim=-1)

    def forward(self, x):
        h, _ = self.rnn(self.embed(x))
        return self.log_probs(self.out(h))
