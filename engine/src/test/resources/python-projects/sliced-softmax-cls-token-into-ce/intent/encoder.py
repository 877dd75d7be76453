import torch.nn as nn
import torch.nn.functional as F


class IntentEncoder(nn.Module):
    """Transformer encoder over token ids; the first position is a [CLS] token."""

    def __init__(self, vocab=30000, dim=256, n_intents=21, layers=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        block = nn.TransformerEncoderLayer(dim, nhead=8, batch_first=True)
        self.encoder = nn.TransformerEncoder(block, num_layers=layers)
        self.out = nn.Linear(dim, n_intents)

    def forward(self, ids):
        h = self.encoder(self.embed(ids))
        return F.softmax(self.out(h), dim=-1)
