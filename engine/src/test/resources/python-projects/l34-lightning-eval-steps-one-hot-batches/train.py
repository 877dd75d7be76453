import pytorch_lightning as pl

from shards.data import ShardDataModule
from shards.module import ShardClassifier

if __name__ == "__main__":
    dm = ShardDataModule()
    model = ShardClassifier()
    trainer = pl.Trainer(max_epochs=40, accelerator="auto", log_every_n_steps=20)
    trainer.fit(model, datamodule=dm)
    trainer.test(model, datamodule=dm)
