import pytorch_lightning as pl

from ssl.callbacks import OnlineProbe
from ssl.simclr import SimCLR

if __name__ == "__main__":
    model = SimCLR()
    trainer = pl.Trainer(max_epochs=200, callbacks=[OnlineProbe(feat_dim=2048, num_classes=10)])
    trainer.fit(model, train_dataloaders=None)
