import torch
from torch import nn

ATTRIBUTES = {"eyeglasses": 1, "smiling": 1, "hair_colour": 5}


class AttributeNet(nn.Module):
    def __init__(self, width=256):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 32, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
            nn.Linear(64, width), nn.ReLU(),
        )
        self.heads = nn.ModuleDict({
            "eyeglasses": nn.Linear(width, 1),
            "smiling": nn.Linear(width, 1),
            "hair_colour": nn.Linear(width, 5),
        })

    def forward(self, images):
        shared = self.backbone(images)
        return {attr: head(shared) for attr, head in self.heads.items()}
