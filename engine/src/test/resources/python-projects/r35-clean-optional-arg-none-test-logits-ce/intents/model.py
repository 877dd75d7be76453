import torch
from torch import nn


class IntentNet(nn.Module):
    """GRU encoder over the utterance tokens, one logit per intent (CrossEntropyLoss normalises them)."""

    def __init__(self, vocab_size, num_intents, emb_dim=128, hidden=256):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self.rnn = nn.GRU(emb_dim, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, num_intents)

    def forward(self, tokens):
        _, h = self.rnn(self.embed(tokens))
        h = torch.cat([h[-2], h[-1]], dim=1)
        return self.fc(h)
