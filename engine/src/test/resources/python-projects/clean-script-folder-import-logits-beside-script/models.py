import torch.nn as nn


class Net(nn.Module):
    """First version, kept for the report: class probabilities out."""

    def __init__(self, n_features=54, n_classes=7):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(n_features, 256), nn.BatchNorm1d(256), nn.ReLU(),
            nn.Linear(256, 256), nn.BatchNorm1d(256), nn.ReLU(),
            nn.Linear(256, n_classes),
        )

    def forward(self, x):
        return self.layers(x).softmax(dim=1)
