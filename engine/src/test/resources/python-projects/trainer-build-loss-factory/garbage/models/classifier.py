"""Waste sorting classifier (cardboard, glass, metal, paper, plastic, trash)."""
import torch.nn as nn
import torch.nn.functional as F


class WasteClassifier(nn.Module):
    def __init__(self, num_classes=6, width=48):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, width, 3, stride=2, padding=1), nn.BatchNorm2d(width), nn.ReLU(),
            nn.Conv2d(width, 2 * width, 3, stride=2, padding=1), nn.BatchNorm2d(2 * width), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.head = nn.Linear(2 * width, num_classes)

    def forward(self, images):
        feats = self.stem(images)
        return F.softmax(self.head(feats), dim=1)


def build_model(cfg):
    return WasteClassifier(num_classes=cfg["num_classes"], width=cfg.get("width", 48))
