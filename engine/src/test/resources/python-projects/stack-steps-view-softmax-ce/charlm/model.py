import torch
import torch.nn as nn


class CharLSTM(nn.Module):
    def __init__(self, n_chars, hidden=256):
        super().__init__()
        self.n_chars = n_chars
        self.cell = nn.LSTMCell(n_chars, hidden)
        self.decoder = nn.Linear(hidden, n_chars)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, inputs, state):
        outputs = []
        for x_t in inputs:  # (seq_len, batch, n_chars), one step at a time
            h, c = self.cell(x_t, state)
            state = (h, c)
            outputs.append(self.softmax(self.decoder(h)))
        return torch.stack(outputs).view(-1, self.n_chars), state
