from abc import ABC, abstractmethod

import lightning.pytorch as pl
import torch


class FedModel(pl.LightningModule, ABC):
    """Shared training logic of the federation's models; each subclass sets its network and its criterion."""

    def __init__(self, num_classes=10, learning_rate=1e-3):
        super().__init__()
        self.num_classes = num_classes
        self.learning_rate = learning_rate

    @abstractmethod
    def forward(self, x):
        pass

    def step(self, batch, phase):
        x, y = batch
        y_pred = self.forward(x)
        loss = self.criterion(y_pred, y)
        self.log(f"{phase}/loss", loss, prog_bar=True)
        return loss

    def training_step(self, batch, batch_idx):
        return self.step(batch, "train")

    def validation_step(self, batch, batch_idx):
        return self.step(batch, "val")

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.learning_rate)
