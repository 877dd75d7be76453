import torch
import torch.nn as nn
import torch.nn.functional as F


class GlyphNet(nn.Module):
    def __init__(self, n_glyphs=62):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten())
        self.fc = nn.Linear(32 * 13 * 13, n_glyphs)

    def forward(self, x):
        return self.fc(self.conv(x))


def train_epoch(model, loader, optimizer):
    for images, onehot in loader:
        labels = onehot.max(dim=1).indices
        optimizer.zero_grad()
        loss = F.cross_entropy(model(images), labels.long())
        loss.backward()
        optimizer.step()


def main(loader, epochs=12):
    model = GlyphNet()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        train_epoch(model, loader, optimizer)
