import torch
import torch.nn as nn

from .base import BaseClassifier


class _ConvGRU(nn.Module):
    def __init__(self, n_mels, hidden):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d((2, 1)),
            nn.Conv2d(32, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d((2, 1)),
        )
        self.gru = nn.GRU(64 * (n_mels // 4), hidden, batch_first=True, bidirectional=True)

    def forward(self, x):
        h = self.conv(x.unsqueeze(1))
        b, c, f, t = h.shape
        out, _ = self.gru(h.permute(0, 3, 1, 2).reshape(b, t, c * f))
        return out.mean(dim=1)


class CRNN(BaseClassifier):
    """Conv + bidirectional GRU over log-mel frames (ESC-50: 50 classes)."""

    def __init__(self, n_mels=64, hidden=128, num_classes=50):
        super().__init__()
        self.encoder = _ConvGRU(n_mels, hidden)
        self.head = nn.Sequential(
            nn.Dropout(0.3),
            nn.Linear(2 * hidden, num_classes),
            nn.Softmax(dim=-1),
        )
