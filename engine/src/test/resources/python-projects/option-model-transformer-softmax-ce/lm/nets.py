import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class RecurrentLM(nn.Module):
    def __init__(self, cell, vocab, emb, hidden, layers, dropout=0.2):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = getattr(nn, cell)(emb, hidden, layers, dropout=dropout)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, tokens, state):
        h, state = self.rnn(self.drop(self.embed(tokens)), state)
        return self.proj(self.drop(h)), state

    def begin(self, batch):
        w = next(self.parameters())
        return (w.new_zeros(2, batch, 256), w.new_zeros(2, batch, 256))


class TransformerLM(nn.Module):
    def __init__(self, vocab, emb, heads, hidden, layers, dropout=0.2):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        layer = nn.TransformerEncoderLayer(emb, heads, hidden, dropout)
        self.encoder = nn.TransformerEncoder(layer, layers)
        self.proj = nn.Linear(emb, vocab)
        self.scale = math.sqrt(emb)
        self.mask = None

    def forward(self, tokens):
        if self.mask is None or self.mask.size(0) != len(tokens):
            n = len(tokens)
            self.mask = torch.triu(torch.full((n, n), float("-inf")), diagonal=1)
        h = self.encoder(self.embed(tokens) * self.scale, self.mask)
        logits = self.proj(h)
        return F.softmax(logits, dim=-1)
