import torch.nn as nn
import torchvision

from ..registry import MODELS


@MODELS.register_module()
class FineGrainedClassifier(nn.Module):
    def __init__(self, head, pretrained=True):
        super().__init__()
        weights = "IMAGENET1K_V2" if pretrained else None
        self.backbone = torchvision.models.resnet50(weights=weights)
        self.backbone.fc = nn.Identity()
        self.head = MODELS.build(head)

    def forward(self, images):
        return self.head(self.backbone(images))
