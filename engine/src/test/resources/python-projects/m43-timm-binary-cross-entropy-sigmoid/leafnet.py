import timm
import torch
from torch import nn


class LeafNet(nn.Module):
    def __init__(self, arch="efficientnet_b2", n_diseases=38):
        super().__init__()
        self.encoder = timm.create_model(arch, pretrained=True, num_classes=0, drop_rate=0.3)
        self.classifier = nn.Linear(self.encoder.num_features, n_diseases)

    def forward(self, images):
        return torch.sigmoid(self.classifier(self.encoder(images)))
