import torch.nn as nn


class SimilarityRegressor(nn.Module):
    """Scores a sentence pair 0-5 (STS-B) from the pooled pair embedding."""

    def __init__(self, dim=768):
        super().__init__()
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(dim, 1))

    def forward(self, pair_embedding):
        return self.head(pair_embedding).squeeze(-1)
