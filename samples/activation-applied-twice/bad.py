"""Change-detection head: the network already ends in a sigmoid, and the loss applies another one before BCELoss."""
import torch
import torch.nn as nn


class ChangeNet(nn.Module):
    def __init__(self, channels=64):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(6, channels, 3, padding=1), nn.ReLU(), nn.Conv2d(channels, 1, 1))
        self.sigmoid = nn.Sigmoid()

    def forward(self, before, after):
        return self.sigmoid(self.body(torch.cat([before, after], dim=1)))


model = ChangeNet()
bce = nn.BCELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
for before, after, mask in []:
    loss = bce(torch.sigmoid(model(before, after)), mask)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
