import torch.nn as nn

from .registry import build_head


class KerbNet(nn.Module):
    """Per-pixel kerb mask plus a flag for whether the frame shows any kerb at all."""

    def __init__(self, cfg):
        super().__init__()
        channels = cfg.channels
        self.body = nn.Sequential(nn.Conv2d(3, channels, 3, padding=1), nn.ReLU(), nn.Conv2d(channels, channels, 3, padding=1), nn.ReLU())
        self.mask = nn.Conv2d(channels, 1, 1)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.visible = build_head(cfg.visible_head)
        self.crit = nn.BCEWithLogitsLoss()

    def forward(self, batch):
        feats = self.body(batch["img"])
        visible = self.visible(self.pool(feats).flatten(1))
        mask_loss = self.crit(self.mask(feats), batch["mask"])
        visible_loss = self.crit(visible, batch["visible"])
        return {"loss": mask_loss + visible_loss}
