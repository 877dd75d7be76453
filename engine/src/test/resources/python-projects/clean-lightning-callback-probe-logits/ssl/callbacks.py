"""Online linear evaluation of a self-supervised encoder while it trains."""
import pytorch_lightning as pl
import torch
import torch.nn as nn
import torch.nn.functional as F


class OnlineProbe(pl.Callback):
    def __init__(self, feat_dim=2048, num_classes=10, lr=1e-3):
        super().__init__()
        self.feat_dim = feat_dim
        self.num_classes = num_classes
        self.lr = lr
        self.optimizer = None

    def on_fit_start(self, trainer, pl_module):
        pl_module.probe = nn.Sequential(
            nn.Flatten(),
            nn.Dropout(0.1),
            nn.Linear(self.feat_dim, self.num_classes),
        ).to(pl_module.device)
        self.optimizer = torch.optim.Adam(pl_module.probe.parameters(), lr=self.lr)

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        (x, _), y = batch
        with torch.no_grad():
            feats = pl_module.encoder(x)
        logits = pl_module.probe(feats.detach())
        probe_loss = F.cross_entropy(logits, y)
        pl_module.log("probe/confidence", F.softmax(logits, dim=1).max(dim=1).values.mean())
        self.optimizer.zero_grad()
        probe_loss.backward()
        self.optimizer.step()
        pl_module.log("probe/loss", probe_loss, prog_bar=True)
