"""Step-wise slot tagger: one tag distribution per output position, fed back as the next input."""
import torch
import torch.nn as nn


class SlotDecoder(nn.Module):
    def __init__(self, n_words, n_tags, dim=128):
        super().__init__()
        self.words = nn.Embedding(n_words, dim)
        self.tags = nn.Embedding(n_tags, dim)
        self.cell = nn.LSTMCell(2 * dim, dim)
        self.classifier = nn.Linear(dim, n_tags)

    def forward(self, tokens, bos):
        batch, length = tokens.shape
        h = tokens.new_zeros(batch, self.cell.hidden_size, dtype=torch.float)
        c = torch.zeros_like(h)
        prev = self.tags(bos)
        step_scores = []
        for t in range(length):
            h, c = self.cell(torch.cat([self.words(tokens[:, t]), prev], dim=1), (h, c))
            scores = self.classifier(h)
            step_scores.append(scores)
            prev = self.tags(scores.argmax(dim=-1))
        # (B, T*K) -> (B*T, K): one row per position
        return torch.cat(step_scores, dim=1).view(batch * length, -1)
