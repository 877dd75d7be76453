"""Step-wise slot tagger: one tag distribution per output position, fed back as the next input."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SlotDecoder(nn.Module):
    def __init__(self, n_words, n_tags, dim=128):
        super().__init__()
        self.words = nn.Embedding(n_words, dim)
        self.tags = nn.Embedding(n_tags, dim)
        self.cell = nn.LSTMCell(2 * dim, dim)
        self.classifier = nn.Linear(dim, n_tags)
        self.copy = nn.Linear(dim, 1)

    def forward(self, tokens, bos):
        batch, length = tokens.shape
        h = tokens.new_zeros(batch, self.cell.hidden_size, dtype=torch.float)
        c = torch.zeros_like(h)
        prev = self.tags(bos)
        step_logp = []
        for t in range(length):
            h, c = self.cell(torch.cat([self.words(tokens[:, t]), prev], dim=1), (h, c))
            logp = torch.log_softmax(self.classifier(h), dim=-1)
            step_logp.append(logp)
            step_logp.append(F.logsigmoid(self.copy(h)))
            prev = self.tags(logp.argmax(dim=-1))
        # (B, T*(K+1)) -> (B*T, K+1): the tag log-probabilities and the copy log-probability per position
        return torch.cat(step_logp, dim=1).view(batch * length, -1)
