import torch
from torch import nn
from torch.nn.utils.parametrizations import weight_norm


class TemporalBlock(nn.Module):
    def __init__(self, c_in, c_out, dilation):
        super().__init__()
        self.conv = weight_norm(nn.Conv1d(c_in, c_out, 3, padding=dilation, dilation=dilation))
        self.res = nn.Conv1d(c_in, c_out, 1) if c_in != c_out else nn.Identity()

    def forward(self, x):
        return torch.relu(self.conv(x) + self.res(x))


class TemporalConvNet(nn.Module):
    def __init__(self, channels=(19, 32, 32, 64)):
        super().__init__()
        self.blocks = nn.Sequential(*[TemporalBlock(a, b, 2 ** i) for i, (a, b) in enumerate(zip(channels[:-1], channels[1:]))])

    def forward(self, x):
        return self.blocks(x)


class SeizureDetector(nn.Module):
    """EEG windows (19 channels) to one seizure score per window."""

    def __init__(self):
        super().__init__()
        self.tcn = TemporalConvNet()
        self.head = weight_norm(nn.Linear(64, 1))

    def forward(self, eeg):
        return self.head(self.tcn(eeg).mean(dim=-1))
