import torch
from torch import nn
import torch.nn.functional as F


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size, n_tags, emb_dim=100, hidden=128, pad_idx=0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim, padding_idx=pad_idx)
        self.lstm = nn.LSTM(emb_dim, hidden, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.3)
        self.emit = nn.Linear(2 * hidden, n_tags)

    def forward(self, tokens):
        h, _ = self.lstm(self.embedding(tokens))
        emissions = self.emit(self.dropout(h))
        return F.softmax(emissions, dim=-1)
