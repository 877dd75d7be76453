import torch.nn as nn
import torch.nn.functional as F


class RecurrentLM(nn.Module):
    def __init__(self, cell, vocab, emb, hidden, layers):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = getattr(nn, cell)(emb, hidden, layers)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, tokens, state=None):
        h, state = self.rnn(self.embed(tokens), state)
        return F.log_softmax(self.proj(h), dim=-1), state


class TransformerLM(nn.Module):
    def __init__(self, vocab, emb, heads, hidden, layers):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.TransformerEncoder(nn.TransformerEncoderLayer(emb, heads, hidden), layers)
        self.proj = nn.Linear(emb, vocab)

    def forward(self, tokens):
        return self.proj(self.encoder(self.embed(tokens)))
