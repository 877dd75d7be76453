from typing import NamedTuple

import torch
import torch.nn.functional as F
from torch import nn


class SpeakerOutput(NamedTuple):
    embedding: torch.Tensor
    log_probs: torch.Tensor


class XVector(nn.Module):
    def __init__(self, n_mels=40, n_speakers=251):
        super().__init__()
        self.frame = nn.Sequential(nn.Conv1d(n_mels, 256, 5), nn.ReLU(), nn.Conv1d(256, 256, 3, dilation=2), nn.ReLU())
        self.segment = nn.Linear(512, 256)
        self.out = nn.Linear(256, n_speakers)

    def forward(self, feats):
        h = self.frame(feats)
        stats = torch.cat([h.mean(-1), h.std(-1)], dim=1)
        emb = self.segment(stats)
        return SpeakerOutput(emb, F.log_softmax(self.out(F.relu(emb)), dim=1))
