import torch
import torch.nn as nn


class PerTypeScorer(nn.Module):
    """Scores every node of every type for a binary property (e.g. 'is fraudulent')."""

    def __init__(self, dims, hidden=64):
        super().__init__()
        self.encoders = nn.ModuleDict({t: nn.Linear(d, hidden) for t, d in dims.items()})
        self.out = nn.ModuleDict({t: nn.Linear(hidden, 1) for t in dims})

    def forward(self, feats):
        scores = {}
        for ntype, x in feats.items():
            h = torch.relu(self.encoders[ntype](x))
            scores[ntype] = self.out[ntype](h).squeeze(-1)
        return scores

    @torch.no_grad()
    def predict(self, feats):
        probs = {}
        for ntype, logits in self.forward(feats).items():
            probs[ntype] = torch.sigmoid(logits)
        return probs
