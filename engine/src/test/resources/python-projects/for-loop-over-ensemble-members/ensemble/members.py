"""Ensemble members for the HAM10000 lesion classifier (7 classes) on cached features."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LinearProbe(nn.Module):
    def __init__(self, in_dim=1024, num_classes=7):
        super().__init__()
        self.fc = nn.Linear(in_dim, num_classes)

    def forward(self, x):
        return F.softmax(self.fc(x), dim=1)


class TwoLayerProbe(nn.Module):
    def __init__(self, in_dim=1024, hidden=256, num_classes=7):
        super().__init__()
        self.fc1 = nn.Linear(in_dim, hidden)
        self.fc2 = nn.Linear(hidden, num_classes)

    def forward(self, x):
        return torch.softmax(self.fc2(torch.relu(self.fc1(x))), dim=1)
