"""Arrhythmia classification from single-lead ECG beats (MIT-BIH, 5 AAMI classes)."""
import torch.nn as nn
import torch.nn.functional as F


class BeatClassifier(nn.Module):
    def __init__(self, n_classes=5):
        super().__init__()
        self.conv1 = nn.Conv1d(1, 32, 7, padding=3)
        self.conv2 = nn.Conv1d(32, 64, 5, padding=2)
        self.fc = nn.Linear(64, n_classes)

    def forward(self, beat):
        x = F.max_pool1d(F.relu(self.conv1(beat)), 2)
        x = F.relu(self.conv2(x)).mean(dim=-1)
        return F.log_softmax(self.fc(x), 1)
