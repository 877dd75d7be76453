import torch.nn as nn
import torchvision

from .heads import build_head


class LaneDetector(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        resnet = torchvision.models.resnet18(weights=None)
        self.backbone = nn.Sequential(*list(resnet.children())[:-4], nn.Conv2d(128, 64, 1))
        self.heads = build_head(cfg.heads, cfg)

    def forward(self, batch):
        feats = [self.backbone(batch["img"])]
        if self.training:
            out = self.heads(feats)
            return self.heads.loss(out, batch)
        return self.heads(feats)
