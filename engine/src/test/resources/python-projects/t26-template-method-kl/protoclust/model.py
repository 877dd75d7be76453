import torch
import torch.nn as nn
import torchvision


class Encoder(nn.Module):
    def __init__(self, dim=128, n_prototypes=256):
        super().__init__()
        backbone = torchvision.models.resnet18()
        backbone.fc = nn.Identity()
        self.backbone = backbone
        self.head = nn.Sequential(nn.Linear(512, 512), nn.GELU(), nn.Linear(512, dim))
        self.prototypes = nn.Parameter(torch.randn(n_prototypes, dim))

    def forward(self, x):
        return self.head(self.backbone(x))
