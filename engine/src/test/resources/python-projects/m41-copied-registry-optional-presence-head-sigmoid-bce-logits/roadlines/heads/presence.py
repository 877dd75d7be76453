import torch
import torch.nn as nn
import torch.nn.functional as F

from .builder import HEADS


@HEADS.register_module
class PresenceHead(nn.Module):
    """Says which of the lane slots hold a marking."""

    def __init__(self, in_channels=64, num_lanes=4, cfg=None):
        super().__init__()
        self.squeeze = nn.Conv2d(in_channels, 8, 1)
        self.fc1 = nn.Linear(8 * 9 * 25, 128)
        self.fc2 = nn.Linear(128, num_lanes)

    def forward(self, x):
        x = F.avg_pool2d(self.squeeze(x), 2)
        x = F.relu(self.fc1(x.flatten(1)))
        return {"presence": torch.sigmoid(self.fc2(x))}
