import torch.nn as nn

from .backbone import Backbone
from .heads import HEADS


class Classifier(nn.Module):
    def __init__(self, backbone, head):
        super().__init__()
        self.backbone = backbone
        self.head = head

    def forward(self, images):
        return self.head(self.backbone(images))


def build_classifier(cfg):
    backbone = Backbone(cfg["backbone_width"])
    head = HEADS[cfg["head"]](backbone.out_dim, cfg["num_classes"], dropout=cfg["dropout"])
    return Classifier(backbone, head)
