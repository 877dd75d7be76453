import torch.nn as nn


class WideMLP(nn.Module):
    def __init__(self, n_in=784, n_classes=10, width=512):
        super().__init__()
        self.body = nn.Sequential(nn.Flatten(), nn.Linear(n_in, width), nn.GELU(), nn.Dropout(0.2))
        self.fc = nn.Linear(width, n_classes)

    def forward(self, x):
        return self.fc(self.body(x))
