import torch.nn as nn
import torchvision


def build_backbone(num_classes: int, pretrained: bool = True) -> nn.Module:
    net = torchvision.models.resnet18(weights="IMAGENET1K_V1" if pretrained else None)
    net.fc = nn.Linear(net.fc.in_features, num_classes)
    return net


class PatchClassifier(nn.Module):
    def __init__(self, num_classes=4, dropout=0.2):
        super().__init__()
        self.backbone = build_backbone(num_classes)
        self.backbone.fc = nn.Identity()
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(512, num_classes)

    def forward(self, x):
        return self.head(self.drop(self.backbone(x)))
