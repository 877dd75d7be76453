import torch
import torch.nn as nn


class FraudScorer(nn.Module):
    def __init__(self, n_features=30, hidden=48):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(n_features, hidden), nn.ReLU(), nn.Linear(hidden, hidden // 2), nn.ReLU())
        self.score = nn.Linear(hidden // 2, 1)

    def forward(self, X):
        return self.score(self.body(X)).squeeze(-1)  # logits: the default BCEWithLogitsLoss applies the sigmoid
