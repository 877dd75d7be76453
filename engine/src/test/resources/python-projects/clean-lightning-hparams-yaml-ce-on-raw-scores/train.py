import argparse

import pytorch_lightning as pl
import yaml

from audioclf import SoundClassifier
from audioclf.data import ESC50Data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="configs/esc50.yaml")
    args = parser.parse_args()
    with open(args.config) as f:
        cfg = yaml.safe_load(f)
    pl.seed_everything(cfg["seed"])
    model = SoundClassifier(**cfg["model"])
    data = ESC50Data(**cfg["data"])
    pl.Trainer(**cfg["trainer"]).fit(model, datamodule=data)


if __name__ == "__main__":
    main()
