import torch.nn as nn
import torch.nn.functional as F

from ..registry import HEADS, build_head


@HEADS.register_module
class MaskHead(nn.Module):
    def __init__(self, num_classes=4, presence=None, cfg=None):
        super().__init__()
        self.cfg = cfg
        self.classify = nn.Conv2d(cfg.backbone.width, num_classes, 1)
        self.presence = build_head(presence, cfg) if presence else None

    def forward(self, feats):
        out = {"mask": self.classify(feats)}
        if self.presence:
            out.update(self.presence(feats))
        return out

    def loss(self, out, batch):
        mask_loss = F.cross_entropy(out["mask"], batch["mask"].long(), ignore_index=255)
        stats = {"mask_loss": mask_loss}
        total = mask_loss
        if "presence" in out:
            multi_label = nn.BCEWithLogitsLoss()
            presence_loss = multi_label(out["presence"], batch["species"].float())
            total = total + 0.2 * presence_loss
            stats["presence_loss"] = presence_loss
        return {"loss": total, "stats": stats}
