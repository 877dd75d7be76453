from torch import nn
from torchvision import models


class MultiFinding(nn.Module):
    def __init__(self, n_findings=14):
        super().__init__()
        self.backbone = models.resnet34(weights=None)
        self.backbone.fc = nn.Sequential(nn.Dropout(0.2), nn.Linear(512, n_findings))

    def forward(self, x):
        return self.backbone(x)
