import torch.nn.functional as F
from torch import nn

from .heads import build_cls_head


class CellClassifier(nn.Module):
    def __init__(self, cfg, backbone):
        super().__init__()
        self.backbone = backbone
        self.cls_head = build_cls_head(cfg, backbone.out_channels)

    def forward(self, images, gt_classes=None):
        scores = self.cls_head(self.backbone(images))
        if self.training:
            return {"loss_cls": F.cross_entropy(scores, gt_classes)}
        return scores
