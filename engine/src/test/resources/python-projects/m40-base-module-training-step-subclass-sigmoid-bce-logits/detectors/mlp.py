import torch
from torch import nn

from detectors.base import Detector


class MLPDetector(Detector):
    def __init__(self, d_in, hidden=64):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d_in, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def score(self, x):
        return torch.sigmoid(self.net(x))
