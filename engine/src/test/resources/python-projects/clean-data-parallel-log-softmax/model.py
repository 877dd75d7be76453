import torch
import torch.nn as nn


class Segmenter(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 16, 3, padding=1)
        self.classify = nn.Linear(16, 21)

    def forward(self, x):
        features = torch.relu(self.conv(x)).mean(dim=(2, 3))
        return torch.log_softmax(self.classify(features), dim=1)
