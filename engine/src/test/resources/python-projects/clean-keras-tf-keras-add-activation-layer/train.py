import argparse

import yaml
from tensorflow import keras

from har.data import windows
from har.models import build_model


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--config", default="configs/uci_har.yaml")
    p.add_argument("--train", default="data/har_train.npz")
    return p.parse_args()


if __name__ == "__main__":
    args = parse()
    with open(args.config) as f:
        cfg = yaml.safe_load(f)
    x, y = windows(args.train, cfg["window"], cfg["channels"])
    model = build_model(cfg)
    model.compile(
        optimizer=keras.optimizers.RMSprop(1e-3),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=["accuracy"],
    )
    model.fit(x, y, epochs=cfg["epochs"], batch_size=cfg["batch_size"], validation_split=0.2)
