"""Places365-style scene classifier with an auxiliary retrieval embedding."""
import torch.nn as nn

from .heads import ClassificationHead, EmbeddingHead


class SceneNet(nn.Module):
    def __init__(self, num_classes=365):
        super().__init__()
        self.backbone = nn.Sequential(
            nn.Conv2d(3, 64, 7, stride=2, padding=3), nn.BatchNorm2d(64), nn.ReLU(inplace=True),
            nn.Conv2d(64, 256, 3, stride=2, padding=1), nn.BatchNorm2d(256), nn.ReLU(inplace=True),
        )
        self.cls_head = ClassificationHead(256, num_classes)
        self.emb_head = EmbeddingHead(256)

    def forward(self, images):
        feats = self.backbone(images)
        out = {"features": feats}
        out.update(self.cls_head(feats))
        out.update(self.emb_head(feats))
        return out
