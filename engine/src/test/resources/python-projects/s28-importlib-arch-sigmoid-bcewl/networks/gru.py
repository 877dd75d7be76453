import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_tags):
        super().__init__()
        self.rnn = nn.GRU(64, 128, batch_first=True)
        self.out = nn.Linear(128, n_tags)

    def forward(self, x):
        h, _ = self.rnn(x)
        return torch.sigmoid(self.out(h[:, -1]))
