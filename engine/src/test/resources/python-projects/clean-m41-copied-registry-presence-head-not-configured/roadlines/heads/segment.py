import torch
import torch.nn as nn
import torch.nn.functional as F

from .builder import HEADS, build_head


@HEADS.register_module
class SegmentHead(nn.Module):
    def __init__(self, in_channels=64, num_classes=5, presence=None, cfg=None):
        super().__init__()
        self.classifier = nn.Conv2d(in_channels, num_classes, 1)
        self.presence = build_head(presence, cfg) if presence else None

    def forward(self, feats):
        x = feats[-1]
        out = {"seg": self.classifier(x)}
        if self.presence:
            out.update(self.presence(x))
        return out

    def loss(self, out, batch):
        seg_loss = F.cross_entropy(out["seg"], batch["mask"].long())
        total = seg_loss
        if "presence" in out:
            present = nn.BCEWithLogitsLoss()
            total = total + 0.1 * present(out["presence"], batch["lane_present"].float())
        return {"loss": total}
