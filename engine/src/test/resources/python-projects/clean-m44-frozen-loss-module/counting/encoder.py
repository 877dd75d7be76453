import torch.nn.functional as F
from torch import nn


class CountEncoder(nn.Module):
    """Predicts, for every image tile, how many sources (0 .. max_sources) it holds."""

    def __init__(self, n_bands=1, hidden=256, max_sources=3):
        super().__init__()
        self.max_sources = max_sources
        self.features = nn.Sequential(
            nn.Conv2d(n_bands, 32, 3, padding=1),
            nn.ReLU(),
            nn.Conv2d(32, 32, 3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(4),
            nn.Flatten(),
        )
        self.head = nn.Sequential(nn.Linear(32 * 16, hidden), nn.ReLU(), nn.Linear(hidden, max_sources + 1))

    def encode(self, tiles):
        h = self.head(self.features(tiles))
        return {"n_source_log_probs": F.log_softmax(h, dim=1)}
