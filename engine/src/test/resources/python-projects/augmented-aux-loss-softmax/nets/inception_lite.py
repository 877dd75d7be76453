"""A small Inception-style network with an auxiliary classifier on an intermediate block."""
import torch
import torch.nn as nn


class AuxHead(nn.Module):
    def __init__(self, in_ch, num_classes):
        super().__init__()
        self.pool = nn.AdaptiveAvgPool2d(4)
        self.conv = nn.Conv2d(in_ch, 64, kernel_size=1)
        self.fc = nn.Sequential(
            nn.Flatten(),
            nn.Linear(64 * 16, 256),
            nn.ReLU(inplace=True),
            nn.Dropout(0.5),
            nn.Linear(256, num_classes),
            nn.Softmax(dim=1),
        )

    def forward(self, x):
        return self.fc(torch.relu(self.conv(self.pool(x))))


class InceptionLite(nn.Module):
    def __init__(self, num_classes=100):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(inplace=True))
        self.block1 = nn.Sequential(nn.Conv2d(32, 96, 3, padding=1), nn.BatchNorm2d(96), nn.ReLU(inplace=True))
        self.block2 = nn.Sequential(nn.Conv2d(96, 192, 3, stride=2, padding=1), nn.ReLU(inplace=True))
        self.aux = AuxHead(96, num_classes)
        self.head = nn.Linear(192, num_classes)

    def forward(self, x):
        x = self.block1(self.stem(x))
        aux = self.aux(x)
        x = self.block2(x).mean(dim=(2, 3))
        return self.head(x), aux
