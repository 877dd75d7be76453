import torch.nn as nn


class SmallConvNet(nn.Module):
    """Three conv stages and a linear classifier; `probabilities=True` appends a softmax for serving."""

    def __init__(self, in_channels=3, num_classes=10, width=32, probabilities=False):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(in_channels, width, 3, padding=1), nn.BatchNorm2d(width), nn.ReLU())
        self.stage1 = nn.Sequential(nn.Conv2d(width, 2 * width, 3, stride=2, padding=1), nn.BatchNorm2d(2 * width), nn.ReLU())
        self.stage2 = nn.Sequential(nn.Conv2d(2 * width, 4 * width, 3, stride=2, padding=1), nn.BatchNorm2d(4 * width), nn.ReLU())
        self.pool = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.classifier = nn.Linear(4 * width, num_classes)
        if probabilities:
            self.probs = nn.Softmax(dim=1)

    def forward(self, x):
        for stage in self.children():
            x = stage(x)
        return x
