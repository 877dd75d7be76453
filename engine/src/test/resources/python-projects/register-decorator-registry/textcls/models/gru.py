import torch.nn as nn
import torch.nn.functional as F

from ..registry import register


@register("gru_clf")
class GRUClassifier(nn.Module):
    def __init__(self, vocab_size, num_classes=14, embed_dim=128, hidden=256):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.gru = nn.GRU(embed_dim, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, num_classes)

    def forward(self, tokens):
        _, h = self.gru(self.embed(tokens))
        return F.softmax(self.fc(h.squeeze(0)), dim=-1)
