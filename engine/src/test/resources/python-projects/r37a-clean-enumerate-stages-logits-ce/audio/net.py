"""A small 1-D CNN over log-mel frames for keyword spotting."""
import torch.nn as nn


def conv_stage(c_in, c_out):
    return nn.Sequential(nn.Conv1d(c_in, c_out, 3, padding=1), nn.BatchNorm1d(c_out), nn.ReLU(), nn.MaxPool1d(2))


class KeywordNet(nn.Module):
    def __init__(self, n_mels=40, n_keywords=12):
        super().__init__()
        self.stages = nn.ModuleList()
        self.stages.append(conv_stage(n_mels, 64))
        self.stages.append(conv_stage(64, 128))
        self.stages.append(nn.Sequential(nn.AdaptiveAvgPool1d(1), nn.Flatten()))
        self.stages.append(nn.Linear(128, n_keywords))
        self.taps = []

    def forward(self, mel):
        x = mel
        for n, stage in enumerate(self.stages):
            x = stage(x)
            if n < 2:
                self.taps.append(x.detach())
        return x
