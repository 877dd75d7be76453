import torch
import torch.nn.functional as F
from torch import nn

CLASSES = ["water", "forest", "urban", "crop", "bare"]


class TileNet(nn.Module):
    def __init__(self, bands=4, n_classes=5):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(bands, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        )
        self.fc = nn.Linear(64, n_classes)

    def forward(self, x):
        return self.fc(self.conv(x).flatten(1))


def train(loader, epochs=10):
    net = TileNet()
    loss_fn = nn.CrossEntropyLoss()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for _ in range(epochs):
        for tiles, cls in loader:
            target = F.one_hot(cls, num_classes=5).float()
            opt.zero_grad()
            loss_fn(net(tiles), target).backward()
            opt.step()
    return net
