import lightning as L
import torch
import torch.nn.functional as F


class Classifier(L.LightningModule):
    def __init__(self, model, lr=1e-3, task="multiclass"):
        super().__init__()
        self.model = model
        self.lr = lr
        self.loss_fn = self._pick_loss(task)

    def _pick_loss(self, task):
        if task == "multiclass":
            return F.cross_entropy
        return F.binary_cross_entropy

    def training_step(self, batch, batch_idx):
        x, y = batch
        logits = self.model(x)
        loss = self.loss_fn(logits, y)
        self.log("train/loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
