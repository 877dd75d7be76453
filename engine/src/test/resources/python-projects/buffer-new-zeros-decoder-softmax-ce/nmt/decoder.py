import torch
import torch.nn as nn
import torch.nn.functional as F


class AttnDecoder(nn.Module):
    def __init__(self, vocab_size=8000, hidden=256):
        super().__init__()
        self.vocab_size = vocab_size
        self.embedding = nn.Embedding(vocab_size, hidden)
        self.attn = nn.Linear(2 * hidden, hidden)
        self.cell = nn.GRUCell(2 * hidden, hidden)
        self.generator = nn.Linear(hidden, vocab_size)

    def step(self, token, hidden, memory):
        query = self.attn(torch.cat([self.embedding(token), hidden], dim=-1))
        weights = torch.softmax(torch.bmm(memory, query.unsqueeze(2)).squeeze(2), dim=1)
        context = torch.bmm(weights.unsqueeze(1), memory).squeeze(1)
        hidden = self.cell(torch.cat([self.embedding(token), context], dim=-1), hidden)
        return F.softmax(self.generator(hidden), dim=-1), hidden

    def forward(self, targets, hidden, memory):
        batch, length = targets.shape
        outputs = memory.new_zeros(batch, length, self.vocab_size)
        for t in range(length):
            probs, hidden = self.step(targets[:, t], hidden, memory)
            outputs[:, t] = probs
        return outputs
