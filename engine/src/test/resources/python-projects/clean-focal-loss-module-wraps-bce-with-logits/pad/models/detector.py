import torch
import torch.nn as nn
import torchvision


class SpoofDetector(nn.Module):
    """Face presentation-attack detector: a ResNet trunk and a one-unit live/spoof head, plus a depth map."""

    def __init__(self, pretrained=True):
        super().__init__()
        trunk = torchvision.models.resnet18(pretrained=pretrained)
        self.features = nn.Sequential(*list(trunk.children())[:-2])
        self.depth = nn.Conv2d(512, 1, kernel_size=1)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(512, 256)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(256, 1)

    def forward(self, x):
        f = self.features(x)
        depth = self.depth(f).squeeze(1)
        x = self.pool(f).flatten(1)
        x = self.fc(x)
        x = torch.relu(x)
        x = self.drop(x)
        return self.cls(x), depth  # logits: the focal loss takes them
