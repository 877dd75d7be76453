import pytorch_lightning as pl
import torch
from torch import nn


class TextCNN(pl.LightningModule):
    def __init__(self, vocab_size=20000, emb=128, n_classes=4, lr=1e-3):
        super().__init__()
        self.save_hyperparameters()
        self.embed = nn.Embedding(vocab_size, emb, padding_idx=0)
        self.convs = nn.ModuleList([nn.Conv1d(emb, 100, k) for k in (3, 4, 5)])
        self.classifier = nn.Sequential(nn.Dropout(0.5), nn.Linear(300, n_classes), nn.LogSigmoid())
        self.criterion = nn.NLLLoss()

    def forward(self, tokens):
        e = self.embed(tokens).transpose(1, 2)
        pooled = [torch.relu(c(e)).max(dim=2).values for c in self.convs]
        return self.classifier(torch.cat(pooled, dim=1))

    def training_step(self, batch, batch_idx):
        tokens, label = batch
        loss = self.criterion(self(tokens), label)
        self.log("train_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)
