"""Predicts the next frame of a grid world, one present/absent map per object channel."""
import torch
from torch import nn
from torch.nn import functional as F


class FramePredictor(nn.Module):
    def __init__(self, hidden=64, channels=4, height=9, width=9):
        super().__init__()
        self.height, self.width = height, width
        self.encoder = nn.Sequential(nn.Linear(channels * height * width, hidden), nn.GELU())
        self.channel_heads = nn.ModuleList()
        for _ in range(channels):
            # two scores (absent, present) per cell of this channel
            self.channel_heads.append(nn.Linear(hidden, 2 * height * width))

    def forward(self, frames):
        batch = frames.size(0)
        h = self.encoder(frames.flatten(1))
        maps = torch.tensor([], requires_grad=True, device=frames.device)
        for head in self.channel_heads:
            cell = head(h).view(batch, 2, self.height, self.width)
            maps = torch.cat((maps, cell.unsqueeze(-1)), dim=-1)
        return maps  # raw scores (batch, 2, height, width, channels)

    @torch.no_grad()
    def presence(self, frames):
        return F.softmax(self(frames), dim=1)[:, 1]
