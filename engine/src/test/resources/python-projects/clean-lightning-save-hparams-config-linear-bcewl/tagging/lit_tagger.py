import pytorch_lightning as pl
import torch
import torch.nn as nn


class TopicTagger(pl.LightningModule):
    """Multi-label topic tagger over bag-of-embeddings documents."""

    def __init__(self, config):
        super().__init__()
        self.save_hyperparameters(config)
        hp = self.hparams
        self.embed = nn.EmbeddingBag(hp["vocab_size"], hp["embed_dim"], mode="mean")
        head = [nn.Linear(hp["embed_dim"], hp["hidden"]), nn.GELU(), nn.Linear(hp["hidden"], hp["num_tags"])]
        if hp["output_activation"] == "sigmoid":
            head.append(nn.Sigmoid())
            self.loss = nn.BCELoss()
        else:
            self.loss = nn.BCEWithLogitsLoss()
        self.head = nn.Sequential(*head)

    def forward(self, tokens, offsets):
        return self.head(self.embed(tokens, offsets))

    def training_step(self, batch, batch_idx):
        tokens, offsets, tags = batch
        loss = self.loss(self(tokens, offsets), tags.float())
        self.log("train_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams["lr"])
