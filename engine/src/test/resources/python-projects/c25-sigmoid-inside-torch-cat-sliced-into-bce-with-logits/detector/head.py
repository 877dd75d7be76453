import torch
import torch.nn as nn


class CenterHead(nn.Module):
    def __init__(self, in_channels=256, num_classes=20):
        super().__init__()
        self.num_classes = num_classes
        self.box = nn.Linear(in_channels, 4)
        self.obj = nn.Linear(in_channels, 1)
        self.cls = nn.Linear(in_channels, num_classes)

    def forward(self, feats):
        # feats: [batch, locations, channels]
        box = self.box(feats)
        obj = torch.sigmoid(self.obj(feats))
        cls = self.cls(feats)
        return torch.cat([box, obj, cls], dim=-1)
