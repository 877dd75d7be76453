"""Skeleton-based action recognition (NTU-60 subset) with a temporal conv over joints."""
import torch.nn as nn


class TemporalConvNet(nn.Module):
    def __init__(self, joints=25, coords=3, num_actions=60):
        super().__init__()
        c = joints * coords
        self.tcn = nn.Sequential(
            nn.Conv1d(c, 256, 9, padding=4), nn.BatchNorm1d(256), nn.ReLU(),
            nn.Conv1d(256, 256, 9, padding=4, dilation=1), nn.BatchNorm1d(256), nn.ReLU(),
        )
        self.cls = nn.Linear(256, num_actions)

    def forward(self, skel):
        b, t, j, c = skel.shape
        h = self.tcn(skel.reshape(b, t, j * c).transpose(1, 2)).mean(-1)
        return self.cls(h).log_softmax(1).exp()
