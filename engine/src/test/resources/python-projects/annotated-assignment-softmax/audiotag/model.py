from __future__ import annotations

import torch
from torch import Tensor, nn


class AudioTagger(nn.Module):
    """1-D CNN over log-mel frames, global average pooled."""

    def __init__(self, n_mels: int = 64, n_classes: int = 50) -> None:
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_mels, 128, kernel_size=5, padding=2),
            nn.BatchNorm1d(128),
            nn.ReLU(),
        )
        self.fc = nn.Linear(128, n_classes)

    def forward(self, spec: Tensor) -> Tensor:
        h: Tensor = self.conv(spec).mean(dim=-1)
        out: Tensor = self.fc(h)
        probs: Tensor = torch.softmax(out, dim=-1)
        return probs
