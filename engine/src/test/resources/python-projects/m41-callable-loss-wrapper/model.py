import torch.nn as nn
import torch.nn.functional as F


class SpeechCommands(nn.Module):
    def __init__(self, n_mels=40, n_commands=12):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_mels, 64, 5, padding=2), nn.BatchNorm1d(64), nn.ReLU(),
            nn.Conv1d(64, 64, 5, padding=2), nn.BatchNorm1d(64), nn.ReLU(),
        )
        self.fc = nn.Linear(64, n_commands)

    def forward(self, mels):
        h = self.conv(mels).mean(dim=-1)
        return F.softmax(self.fc(h), dim=-1)
