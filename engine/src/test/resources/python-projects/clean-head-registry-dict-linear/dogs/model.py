import torch.nn as nn

from .heads import HEADS


class DogClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 64, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(64, cfg["feat_dim"], 3, stride=2, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        self.head = HEADS[cfg["head"]](cfg["feat_dim"], cfg["num_classes"])

    def forward(self, images):
        return self.head(self.backbone(images))
