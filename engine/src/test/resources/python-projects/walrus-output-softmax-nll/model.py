"""Character-level name classifier (18 languages) with a GRU encoder."""
import torch.nn as nn
import torch.nn.functional as F


class NameClassifier(nn.Module):
    def __init__(self, n_letters=58, hidden=128, n_languages=18):
        super().__init__()
        self.embed = nn.Embedding(n_letters, 32)
        self.rnn = nn.GRU(32, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_languages)

    def forward(self, chars):
        _, h_n = self.rnn(self.embed(chars))
        return F.softmax(self.out(h_n[-1]), dim=1)
