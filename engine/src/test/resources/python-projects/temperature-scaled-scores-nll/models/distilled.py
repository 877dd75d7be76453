"""Small student for keyword spotting on log-mel frames, trained with a softened output."""
import torch
import torch.nn as nn


class StudentNet(nn.Module):
    def __init__(self, n_mels=40, n_keywords=12, temperature=4.0):
        super().__init__()
        self.encoder = nn.GRU(n_mels, 64, batch_first=True)
        self.head = nn.Linear(64, n_keywords)
        self.temperature = temperature

    def forward(self, frames):
        _, hidden = self.encoder(frames)
        return self.head(hidden[-1]) / self.temperature
