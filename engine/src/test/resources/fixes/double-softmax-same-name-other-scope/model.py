import torch
import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    """A small MLP for the tabular features."""

    def __init__(self, features=20, classes=4):
        super().__init__()
        self.hidden = nn.Linear(features, 64)
        self.out = nn.Linear(64, classes)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, x):
        x = F.relu(self.hidden(x))
        x = self.out(x)
        return self.softmax(x)
