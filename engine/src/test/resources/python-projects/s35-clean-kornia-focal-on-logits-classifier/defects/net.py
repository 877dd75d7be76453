import torch.nn as nn


class DefectNet(nn.Module):
    def __init__(self, n_types=6):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(1, 16, 3, 2, 1), nn.ReLU(), nn.Conv2d(16, 32, 3, 2, 1), nn.ReLU(),
                                  nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.head = nn.Linear(32, n_types)
        self.act = nn.Softmax(dim=1)

    def forward(self, x):
        return self.head(self.body(x))
