import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from torch import nn

from .data import NUM_CLASSES


class ShardClassifier(pl.LightningModule):
    def __init__(self, in_dim=128, hidden=256, lr=3e-4):
        super().__init__()
        self.save_hyperparameters()
        self.net = nn.Sequential(nn.Linear(in_dim, hidden), nn.GELU(), nn.Linear(hidden, NUM_CLASSES))

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train/loss", loss)
        return loss

    def _evaluate(self, batch, stage):
        x, y = batch
        log_probs = F.log_softmax(self(x), dim=1)
        loss = F.nll_loss(log_probs, y)
        self.log(f"{stage}/loss", loss, prog_bar=True)
        self.log(f"{stage}/brier", ((log_probs.exp() - F.one_hot(y, NUM_CLASSES)) ** 2).sum(1).mean())

    def validation_step(self, batch, batch_idx):
        self._evaluate(batch, "val")

    def test_step(self, batch, batch_idx):
        self._evaluate(batch, "test")

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.hparams.lr)
