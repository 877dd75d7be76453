import torch
from torch import nn


class CharRNN(nn.Module):
    def __init__(self, n_letters, hidden_size, output_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.i2h = nn.Linear(n_letters + hidden_size, hidden_size)
        self.i2o = nn.Linear(n_letters + hidden_size, output_size)
        self.log_softmax = nn.LogSoftmax(dim=1)

    def forward(self, letter, hidden):
        joined = torch.cat((letter, hidden), 1)
        hidden = self.i2h(joined)
        out = self.log_softmax(self.i2o(joined))
        return out, hidden

    def init_hidden(self):
        return torch.zeros(1, self.hidden_size)
