import sys

import numpy as np
import yaml

from weather.model import sky_condition_model


def main(config_file):
    with open(config_file) as f:
        cfg = yaml.safe_load(f)
    data = np.load("data/stations.npz")
    model = sky_condition_model(data["x"].shape[1], cfg["model"]["num_classes"], cfg["model"]["hidden"])
    model.compile(optimizer="adam", loss=cfg["train"]["loss"], metrics=cfg["train"]["metrics"])
    model.fit(data["x"], data["sky"], epochs=cfg["train"]["epochs"], validation_split=0.2)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "configs/default.yaml")
