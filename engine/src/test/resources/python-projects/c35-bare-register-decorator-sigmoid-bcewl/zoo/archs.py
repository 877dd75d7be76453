import torch.nn as nn

from .registry import register


@register
class PlanetNet(nn.Module):
    """Multi-label tagger for Amazon rainforest chips (17 tags)."""

    def __init__(self, n_tags=17):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(4, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        )
        self.tags = nn.Linear(64, n_tags)

    def forward(self, x):
        return self.tags(self.features(x).flatten(1)).sigmoid()


@register
class TinyNet(nn.Module):
    def __init__(self, n_tags=17):
        super().__init__()
        self.net = nn.Sequential(nn.Conv2d(4, 16, 3, stride=2), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                                 nn.Linear(16, n_tags))

    def forward(self, x):
        return self.net(x)
