import pytorch_lightning as pl
import torch
import torch.nn.functional as F

from .model import SceneTagger


class SceneModule(pl.LightningModule):
    def __init__(self, lr=1e-3):
        super().__init__()
        self.model = SceneTagger()
        self.lr = lr

    def training_step(self, batch, batch_idx):
        spec, scene = batch
        out = self.model(spec)
        loss = F.cross_entropy(out.probs, scene)
        self.log("train_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
