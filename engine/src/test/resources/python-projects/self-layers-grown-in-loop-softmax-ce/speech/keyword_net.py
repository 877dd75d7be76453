import torch.nn as nn


class KeywordSpotter(nn.Module):
    """1-D CNN over MFCC frames for 12 spoken keywords."""

    def __init__(self, n_mfcc=40, channels=(64, 64, 128), n_keywords=12):
        super().__init__()
        self.layers = []
        c_in = n_mfcc
        for c_out in channels:
            self.layers += [nn.Conv1d(c_in, c_out, 5, padding=2), nn.BatchNorm1d(c_out), nn.ReLU(), nn.MaxPool1d(2)]
            c_in = c_out
        self.layers += [nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(c_in, n_keywords), nn.Softmax(dim=1)]
        self.model = nn.Sequential(*self.layers)

    def forward(self, mfcc):
        return self.model(mfcc)
