import torch.nn as nn
import torchvision


class MelanomaNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = torchvision.models.efficientnet_b0(weights=None)
        self.backbone.classifier = nn.Identity()
        self.head = nn.Sequential(nn.Dropout(0.3), nn.Linear(1280, 1), nn.Sigmoid())

    def forward(self, image):
        return self.head(self.backbone(image)).squeeze(1)
