import torch.nn as nn
import torchvision

from ..registry import register_model


@register_model("resnet_baseline")
class ResNetBaseline(nn.Module):
    def __init__(self, num_classes=1, drop=0.0):
        super().__init__()
        self.net = torchvision.models.resnet50(weights="IMAGENET1K_V2")
        self.net.fc = nn.Sequential(nn.Dropout(drop), nn.Linear(2048, num_classes))

    def forward(self, x):
        return self.net(x)
