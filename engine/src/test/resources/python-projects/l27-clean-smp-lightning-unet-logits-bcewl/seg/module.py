import pytorch_lightning as pl
import segmentation_models_pytorch as smp
import torch
from torch import nn


class RoadSegmenter(pl.LightningModule):
    """Binary road masks from aerial tiles."""

    def __init__(self, encoder="resnet34", lr=3e-4, pos_weight=4.0):
        super().__init__()
        self.save_hyperparameters()
        self.net = smp.Unet(
            encoder_name=encoder,
            encoder_weights="imagenet",
            in_channels=3,
            classes=1,
        )
        self.loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([pos_weight]))

    def forward(self, x):
        return self.net(x)

    def _step(self, batch, stage):
        image, mask = batch
        logits = self(image)
        loss = self.loss_fn(logits, mask.float())
        self.log(f"{stage}_loss", loss, prog_bar=True)
        return loss

    def training_step(self, batch, batch_idx):
        return self._step(batch, "train")

    def validation_step(self, batch, batch_idx):
        self._step(batch, "val")

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.hparams.lr)
