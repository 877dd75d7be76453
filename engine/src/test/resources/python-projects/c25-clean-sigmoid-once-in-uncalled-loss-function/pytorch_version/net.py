import torch
import torch.nn as nn


class FusionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Conv2d(6, 32, 3, padding=1), nn.ReLU(), nn.Conv2d(32, 32, 3, padding=1), nn.ReLU())
        self.head = nn.Conv2d(32, 1, 1)

    def forward(self, t1, t2):
        return self.head(self.encoder(torch.cat([t1, t2], dim=1)))
