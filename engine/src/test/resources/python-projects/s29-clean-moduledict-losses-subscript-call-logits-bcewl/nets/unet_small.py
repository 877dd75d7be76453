from torch import nn


class TwoHeadNet(nn.Module):
    """Lesion mask and lesion type from one encoder."""

    def __init__(self, n_types=3):
        super().__init__()
        self.encoder = nn.Sequential(nn.Conv2d(3, 24, 3, padding=1), nn.ReLU(), nn.Conv2d(24, 24, 3, padding=1), nn.ReLU())
        self.mask_head = nn.Sequential(nn.Conv2d(24, 1, 1))
        self.type_head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(24, n_types))

    def forward(self, x):
        z = self.encoder(x)
        return {"mask": self.mask_head(z), "type": self.type_head(z)}
