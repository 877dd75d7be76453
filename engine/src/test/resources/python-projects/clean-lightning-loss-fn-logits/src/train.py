import lightning.pytorch as pl

from .lit_emnist import LitClassifier, build_backbone


def main():
    model = LitClassifier(build_backbone(num_classes=47), lr=3e-3)
    trainer = pl.Trainer(max_epochs=15, accelerator="cpu", log_every_n_steps=20)
    trainer.fit(model, train_dataloaders=[], val_dataloaders=[])


if __name__ == "__main__":
    main()
