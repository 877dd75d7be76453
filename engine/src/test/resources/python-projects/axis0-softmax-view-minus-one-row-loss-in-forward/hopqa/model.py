import torch
import torch.nn as nn


class CandidateScorer(nn.Module):
    """Scores the candidate answers of one query from the encodings of their mentions."""

    def __init__(self, hidden=256, dropout=0.2, **overrides):
        super().__init__()
        self.proj = nn.Sequential(nn.Linear(2 * 768, hidden), nn.LeakyReLU(), nn.Dropout(dropout))
        self.out = nn.Linear(hidden, 1)
        self.normalise = nn.LogSoftmax(dim=0)
        self.device = torch.device("cpu")
        for key, value in overrides.items():
            setattr(self, key, value)

    def forward(self, query_enc, mention_enc, candidate_mentions, target=None):
        """candidate_mentions maps each candidate to the rows of mention_enc that mention it;
        target is the one-hot row of the right candidate."""
        pairs = torch.cat([query_enc.expand(len(mention_enc), -1), mention_enc], dim=-1)
        scores = self.out(self.proj(pairs)).squeeze(-1)

        best = torch.zeros(len(candidate_mentions)).to(self.device)
        for i, rows in enumerate(candidate_mentions.values()):
            if rows:
                best[i] = torch.max(scores[rows])

        probs = torch.exp(self.normalise(best))

        if target is None:
            return probs
        criterion = nn.CrossEntropyLoss()
        gold = torch.argmax(target, 1)
        loss = criterion(probs.view(-1, len(candidate_mentions)), gold)
        return probs, loss
