import torch.nn as nn


class DefectSpotter(nn.Module):
    """Scores one image patch: is there a scratch on it?"""

    def __init__(self, channels=3, width=48):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(channels, width, 3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.scorer = nn.Sequential(nn.Linear(width, 24), nn.ReLU(), nn.Linear(24, 1))

    def forward(self, patch):
        return self.scorer(self.features(patch))


def spotter_for_bce(**kwargs):
    """The same network with its score squashed to a probability, for nn.BCELoss."""
    net = DefectSpotter(**kwargs)
    net.get_submodule("scorer").append(nn.Sigmoid())
    return net
