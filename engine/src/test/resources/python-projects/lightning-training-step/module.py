import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from torch import nn


class LitClassifier(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Linear(28 * 28, 64)
        self.classifier = nn.Linear(64, 10)

    def forward(self, x):
        return F.softmax(self.classifier(torch.relu(self.backbone(x))), dim=1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        y_hat = self(x.view(x.size(0), -1))
        loss = F.cross_entropy(y_hat, y)
        self.log("train_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)
