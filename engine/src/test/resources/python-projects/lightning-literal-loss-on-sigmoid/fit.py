import pytorch_lightning as pl
import yaml

from src.defects import DefectModule
from src.defects_data import DefectDataModule

if __name__ == "__main__":
    with open("configs/trainer.yaml") as f:
        trainer_cfg = yaml.safe_load(f)
    pl.Trainer(**trainer_cfg).fit(DefectModule(), datamodule=DefectDataModule("data/neu"))
