import torch
import torch.nn as nn
import torch.nn.functional as F


class HeatmapNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(inplace=True),
            nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(inplace=True),
        )
        self.heat = nn.Conv2d(32, 1, kernel_size=1)

    def forward(self, x):
        return self.heat(self.features(x))


def step(net, optimizer, images, keypoint_index):
    """keypoint_index: (N,) flat index y * W + x of the one keypoint in each image."""
    heat = net(images)
    logits = heat.flatten(1)
    loss = F.cross_entropy(logits, keypoint_index)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()


def main(loader, epochs=10):
    net = HeatmapNet()
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    for epoch in range(epochs):
        for images, keypoint_index in loader:
            step(net, optimizer, images, keypoint_index)
