import pytorch_lightning as pl
import torch
import torch.nn as nn
import torchmetrics

from .network import defect_net


class DefectModule(pl.LightningModule):
    def __init__(self, num_defects=6, lr=3e-4):
        super().__init__()
        self.save_hyperparameters()
        self.net = defect_net(num_defects=num_defects)
        self.objective = nn.BCEWithLogitsLoss()
        self.f1 = torchmetrics.F1Score(task="multilabel", num_labels=num_defects)

    def forward(self, x):
        return self.net(x)

    def shared_step(self, batch, stage):
        images, labels = batch
        scores = self(images)
        loss = self.objective(scores, labels.float())
        self.log(f"{stage}/loss", loss, prog_bar=True)
        self.log(f"{stage}/f1", self.f1(scores, labels.int()))
        return loss

    def training_step(self, batch, batch_idx):
        return self.shared_step(batch, "train")

    def validation_step(self, batch, batch_idx):
        self.shared_step(batch, "val")

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)
