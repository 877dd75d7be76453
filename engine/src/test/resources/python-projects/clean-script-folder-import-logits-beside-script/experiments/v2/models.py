import torch.nn as nn


class Net(nn.Module):
    """First version: a small MLP on the 54 cover-type features."""

    def __init__(self, n_features=54, n_classes=7):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(n_features, 128), nn.ReLU(), nn.Linear(128, n_classes))

    def forward(self, x):
        return self.layers(x)
