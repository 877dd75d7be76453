import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, features=20, classes=4):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(features, 32),
            nn.ReLU(),
            nn.Linear(32, classes),
            nn.Softmax(dim=1),
        )

    def forward(self, x):
        return self.layers(x)
