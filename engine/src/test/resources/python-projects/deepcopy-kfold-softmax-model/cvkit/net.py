import torch.nn as nn
import torch.nn.functional as F


class WineNet(nn.Module):
    """Three-layer network for the 3-cultivar wine data."""

    def __init__(self, in_features=13, hidden=32, num_classes=3):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, num_classes)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return F.softmax(self.out(x), dim=1)
