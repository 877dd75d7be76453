import pytorch_lightning as pl
import torch
from torch.nn import NLLLoss


class SleepPhase(pl.LightningModule):
    def __init__(self, encoder, lr=1e-3):
        super().__init__()
        self.encoder = encoder
        self.lr = lr
        # the loss holds no parameters to train
        self.counter_loss = NLLLoss(reduction="none").requires_grad_(False)

    def training_step(self, batch, batch_idx):
        tiles, n_sources = batch["tiles"], batch["n_sources"]
        pred = self.encoder.encode(tiles)
        n_sources = n_sources.clamp(max=self.encoder.max_sources)
        loss = self.counter_loss(pred["n_source_log_probs"], n_sources).mean()
        self.log("train/counter_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.encoder.parameters(), lr=self.lr)
