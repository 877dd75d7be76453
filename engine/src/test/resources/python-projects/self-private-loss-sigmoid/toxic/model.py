"""Multi-label toxic comment classifier (6 labels: toxic, severe, obscene, threat, insult, hate)."""
import torch
import torch.nn as nn

LABELS = ("toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate")


class ToxicBiGRU(nn.Module):
    def __init__(self, vocab_size=50000, embed_dim=300, hidden=128):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.gru = nn.GRU(embed_dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(4 * hidden, len(LABELS))
        self._loss = nn.BCEWithLogitsLoss()

    def forward(self, tokens):
        h, _ = self.gru(self.embed(tokens))
        pooled = torch.cat([h.mean(1), h.max(1).values], dim=1)
        return torch.sigmoid(self.out(pooled))

    def training_loss(self, tokens, labels):
        return self._loss(self(tokens), labels.float())
