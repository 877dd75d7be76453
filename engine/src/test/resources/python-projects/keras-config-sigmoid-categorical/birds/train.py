import numpy as np

from birds.config import CONFIG
from birds.factory import make_classifier


def run(cfg=CONFIG):
    spectrograms = np.load("data/birdcalls_mels.npy")[..., None]
    labels = np.eye(cfg["num_classes"])[np.load("data/birdcalls_species.npy")]
    model = make_classifier(cfg)
    model.compile(optimizer="adam", loss=cfg["loss"], metrics=cfg["metrics"])
    model.fit(spectrograms, labels, batch_size=cfg["batch_size"], epochs=cfg["epochs"], validation_split=0.15)
    return model


if __name__ == "__main__":
    run()
