import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from torch.distributions import Categorical
from einops import rearrange
from torch import nn


class TileEncoder(pl.LightningModule):
    """Per-tile source detection: is a source on in each tile, and where."""

    def __init__(self, n_bands=1, hidden=64, lr=1e-3):
        super().__init__()
        self.lr = lr
        self.backbone = nn.Sequential(
            nn.Conv2d(n_bands, hidden, 3, padding=1),
            nn.SiLU(),
            nn.Conv2d(hidden, hidden, 3, padding=1),
            nn.SiLU(),
        )
        # one map of on-logits and two of location offsets, from a single 1x1 convolution
        self.head = nn.Conv2d(hidden, 3, 1)

    def encode(self, images):
        on, locs = torch.split(self.head(self.backbone(images)), [1, 2], dim=1)
        on = rearrange(on, "b 1 ht wt -> b ht wt 1")
        locs = rearrange(locs, "b xy ht wt -> b ht wt xy")
        return {"on_prob": on.sigmoid().clamp(1e-3, 1 - 1e-3), "loc_mean": locs.sigmoid()}

    def training_step(self, batch, batch_idx):
        pred = self.encode(batch["images"])
        on_prob = rearrange(pred["on_prob"], "b ht wt 1 -> (b ht wt) 1")
        off_on_prob = torch.cat([1 - on_prob, on_prob], dim=1)
        n_sources = batch["n_sources"].reshape(-1)
        counter_loss = -Categorical(probs=off_on_prob).log_prob(n_sources)
        loc_loss = F.mse_loss(pred["loc_mean"], batch["locs"], reduction="none").sum(-1).reshape(-1)
        loss = (counter_loss + n_sources * loc_loss).mean()
        self.log("train/loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
