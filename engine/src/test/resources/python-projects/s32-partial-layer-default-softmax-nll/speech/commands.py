from functools import partial

import torch
from torch import nn


class CommandClassifier(nn.Module):
    def __init__(self, n_mfcc=40, n_commands=35, hidden=192, out_act=partial(nn.Softmax, dim=-1)):
        super().__init__()
        self.gru = nn.GRU(n_mfcc, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.proj = nn.Linear(hidden, n_commands)
        self.out_act = out_act()

    def forward(self, mfcc):
        seq, _ = self.gru(mfcc)
        return self.out_act(self.proj(seq[:, -1]))
