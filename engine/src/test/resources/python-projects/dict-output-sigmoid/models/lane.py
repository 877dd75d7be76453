import torch
import torch.nn as nn
import torch.nn.functional as F


class LaneNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.seg = nn.Conv2d(64, 5, 1)
        self.exist = nn.Linear(64, 4)

    def forward(self, features, pooled):
        seg = self.seg(features)
        exist = self.exist(pooled)
        return {"seg": seg, "exist": torch.sigmoid(exist)}
