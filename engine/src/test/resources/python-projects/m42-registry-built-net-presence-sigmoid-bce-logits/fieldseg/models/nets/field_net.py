import torch.nn as nn

from ..registry import NETS, build_backbone, build_heads


@NETS.register_module
class FieldNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.backbone = build_backbone(cfg)
        self.heads = build_heads(cfg)

    def forward(self, batch):
        feats = self.backbone(batch["image"])
        out = self.heads(feats)
        if self.training:
            return self.heads.loss(out, batch)
        return out
