import random

import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, vocab, emb_dim, hid_dim):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim)

    def forward(self, src):
        states, last = self.rnn(self.embedding(src))
        return states, last


class StepDecoder(nn.Module):
    def __init__(self, vocab, emb_dim, hid_dim):
        super().__init__()
        self.vocab = vocab
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim)
        self.proj = nn.Linear(hid_dim, vocab)

    def forward(self, token, hidden):
        emb = self.embedding(token).unsqueeze(0)
        out, hidden = self.rnn(emb, hidden)
        scores = self.proj(out.squeeze(0))
        return scores, hidden

    def first(self, hidden):
        return F.softmax(self.proj(hidden[-1]), dim=-1)


class Translator(nn.Module):
    def __init__(self, encoder, decoder, device):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.device = device

    def forward(self, src, tgt, forcing=0.5):
        steps, batch = tgt.shape
        logits = torch.zeros(steps, batch, self.decoder.vocab).to(self.device)
        _, hidden = self.encoder(src)
        token = tgt[0]
        logits[0] = self.decoder.first(hidden)
        for t in range(1, steps):
            step_out, hidden = self.decoder(token, hidden)
            logits[t] = step_out
            guess = step_out.argmax(1)
            token = tgt[t] if random.random() < forcing else guess
        return logits
