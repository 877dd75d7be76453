import torch
import torch.nn as nn
import torch.nn.functional as F

from ..registry import HEADS


@HEADS.register_module
class SpeciesPresence(nn.Module):
    """Which weed species appear anywhere in the tile (several may)."""

    def __init__(self, num_species=3, cfg=None):
        super().__init__()
        width = cfg.backbone.width
        self.reduce = nn.Conv2d(width, width, 1)
        self.fc = nn.Linear(width, num_species)

    def forward(self, feats):
        x = F.adaptive_avg_pool2d(F.relu(self.reduce(feats)), 1).flatten(1)
        return {"presence": torch.sigmoid(self.fc(x))}
