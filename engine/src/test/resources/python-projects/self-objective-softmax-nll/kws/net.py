"""Keyword spotting on 1 s clips: 35 Speech Commands words."""
import torch.nn as nn
import torch.nn.functional as F


class DSCNN(nn.Module):
    def __init__(self, n_words=35, channels=64):
        super().__init__()
        self.conv = nn.Conv2d(1, channels, (10, 4), stride=(2, 2), padding=(5, 1))
        self.dw = nn.Conv2d(channels, channels, 3, padding=1, groups=channels)
        self.pw = nn.Conv2d(channels, channels, 1)
        self.fc = nn.Linear(channels, n_words)

    def forward(self, mfcc):
        x = F.relu(self.conv(mfcc))
        x = F.relu(self.pw(F.relu(self.dw(x))))
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return F.softmax(self.fc(x), dim=1)
