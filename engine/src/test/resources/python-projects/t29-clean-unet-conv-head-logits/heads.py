import torch.nn as nn
import torch.nn.functional as F

from unet import UNet


class CoarseSegNet(nn.Module):
    """Predicts at 1/4 resolution and upsamples the class scores to the input size."""

    def __init__(self, n_classes):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 32, 3, stride=2, padding=1), nn.ReLU(inplace=True),
            nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU(inplace=True),
        )
        self.classifier = nn.Conv2d(64, n_classes, kernel_size=1)

    def forward(self, x):
        h, w = x.shape[-2:]
        scores = self.classifier(self.backbone(x))
        return F.interpolate(scores, size=(h, w), mode="bilinear", align_corners=False)


class SaliencyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = UNet(n_channels=3, n_classes=16)
        self.head = nn.Sequential(nn.Conv2d(16, 1, kernel_size=3, padding=1), nn.Sigmoid())

    def forward(self, x):
        return self.head(self.body(x))
