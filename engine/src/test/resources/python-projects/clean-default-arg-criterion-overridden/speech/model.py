"""Voice-activity detection: one probability per 10 ms frame."""
import torch
import torch.nn as nn


class VADNet(nn.Module):
    def __init__(self, n_feats=40, hidden=64):
        super().__init__()
        self.rnn = nn.GRU(n_feats, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, feats):
        h, _ = self.rnn(feats)
        return torch.sigmoid(self.out(h)).squeeze(-1)
