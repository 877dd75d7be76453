import torch.nn as nn


class SpectrogramCNN(nn.Module):
    """Keyword spotting on log-mel spectrograms (1 x 40 x 101)."""

    def __init__(self, n_keywords=12):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        )
        self.head = nn.Linear(64, n_keywords)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, x):
        z = self.head(self.body(x).flatten(1))
        return self.softmax(z)
