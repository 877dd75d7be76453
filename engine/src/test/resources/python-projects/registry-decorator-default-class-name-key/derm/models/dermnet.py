import timm
import torch
import torch.nn as nn

from ..registry import register_model


@register_model()
class DermNet(nn.Module):
    """EfficientNet-B3 features plus the patient's age/sex/site metadata (ISIC 2020 melanoma)."""

    def __init__(self, num_classes=1, drop=0.3, n_meta=11):
        super().__init__()
        self.backbone = timm.create_model("efficientnet_b3", pretrained=True, num_classes=0)
        self.meta = nn.Sequential(nn.Linear(n_meta, 64), nn.BatchNorm1d(64), nn.SiLU(), nn.Dropout(drop))
        self.fc = nn.Linear(self.backbone.num_features + 64, num_classes)

    def forward(self, image, meta):
        z = torch.cat([self.backbone(image), self.meta(meta)], dim=1)
        return torch.sigmoid(self.fc(z))
