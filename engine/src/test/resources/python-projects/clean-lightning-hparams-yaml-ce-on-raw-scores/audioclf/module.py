import pytorch_lightning as pl
import torch
from torch import nn


def conv_block(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.BatchNorm2d(cout), nn.ReLU(inplace=True), nn.MaxPool2d(2))


class SoundClassifier(pl.LightningModule):
    """A small CNN over log-mel spectrograms (1 x n_mels x frames)."""

    def __init__(self, n_mels=64, num_classes=50, criterion="ce", lr=1e-3, weight_decay=0.0):
        super().__init__()
        self.save_hyperparameters()
        self.features = nn.Sequential(conv_block(1, 32), conv_block(32, 64), conv_block(64, 128))
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Linear(128, num_classes)
        if self.hparams.criterion == "nll":
            self.criterion = nn.NLLLoss()
        else:
            self.criterion = nn.CrossEntropyLoss(label_smoothing=0.1)

    def forward(self, spec):
        h = self.pool(self.features(spec)).flatten(1)
        return self.classifier(h)

    def training_step(self, batch, batch_idx):
        spec, target = batch
        loss = self.criterion(self(spec), target)
        self.log("train/loss", loss, prog_bar=True)
        return loss

    def validation_step(self, batch, batch_idx):
        spec, target = batch
        acc = (self(spec).argmax(1) == target).float().mean()
        self.log("val/acc", acc, prog_bar=True)

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.hparams.lr, weight_decay=self.hparams.weight_decay)
