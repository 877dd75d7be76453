import lightning.pytorch as pl

from datamodule import WineDataModule
from module import WineClassifier

if __name__ == "__main__":
    trainer = pl.Trainer(max_epochs=50, log_every_n_steps=5)
    trainer.fit(WineClassifier(), datamodule=WineDataModule())
