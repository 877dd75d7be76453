import torch.nn as nn

from .registry import registered


@registered
class WineMLP(nn.Module):
    def __init__(self, n_features=13, n_classes=3):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(n_features, 32),
            nn.ReLU(),
            nn.Linear(32, n_classes),
            nn.Softmax(dim=1),
        )

    def forward(self, x):
        return self.layers(x)
