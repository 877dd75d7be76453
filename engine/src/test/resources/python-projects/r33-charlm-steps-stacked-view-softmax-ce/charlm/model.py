import torch
from torch import nn
from torch.nn import functional as F


class CharRNN(nn.Module):
    """Character model unrolled by hand so sampling and teacher forcing share one loop."""

    def __init__(self, vocab_size, hidden_size=256):
        super().__init__()
        self.vocab_size = vocab_size
        self.embed = nn.Embedding(vocab_size, hidden_size)
        self.cell = nn.GRUCell(hidden_size, hidden_size)
        self.decoder = nn.Linear(hidden_size, vocab_size)

    def forward(self, chars, hidden=None):
        # chars: (T, B)
        outputs = []
        for step in chars:
            hidden = self.cell(self.embed(step), hidden)
            outputs.append(F.softmax(self.decoder(hidden), dim=1))
        # (T, B, V) -> (T*B, V)
        return torch.stack(outputs).view(-1, self.vocab_size), hidden
