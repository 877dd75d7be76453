import torch.nn as nn


class MultiTaskNet(nn.Module):
    """Shared trunk, one head for the face attribute classes and one for the 'smiling' flag."""

    def __init__(self, n_in=512, n_attr=40):
        super(MultiTaskNet, self).__init__()
        self.trunk = nn.Sequential(nn.Linear(n_in, 256), nn.ReLU(True), nn.Dropout(0.3))
        self.attr = nn.Linear(256, n_attr)
        self.smile = nn.Linear(256, 1)

    def forward(self, x):
        h = self.trunk(x)
        return {'attr': self.attr(h), 'smile': self.smile(h)}
