import torch.nn.functional as F
from torch import nn


class LeafClassifier(nn.Module):
    """Plant-disease classifier on 64-d leaf descriptors."""

    def __init__(self, n_in=64, n_classes=38, hidden=256):
        super().__init__()
        self.fc1 = nn.Linear(n_in, hidden)
        self.fc2 = nn.Linear(hidden, n_classes)

    def forward(self, x):
        return F.log_softmax(self.fc2(F.relu(self.fc1(x))), dim=-1)
