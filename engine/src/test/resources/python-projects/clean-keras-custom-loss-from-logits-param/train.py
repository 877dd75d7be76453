import numpy as np
import yaml

from newsclf.losses import SmoothedCategoricalCE
from newsclf.model import build_topic_model


def main(config_path="configs/base.yaml"):
    with open(config_path) as f:
        cfg = yaml.safe_load(f)
    data = np.load("data/news20.npz")
    model = build_topic_model(cfg["vocab_size"], cfg["seq_len"], cfg["num_topics"])
    model.compile(optimizer="adam", loss=SmoothedCategoricalCE(cfg["smoothing"]), metrics=["categorical_accuracy"])
    model.fit(data["x"], data["y_onehot"], epochs=cfg["epochs"], validation_split=0.1)


if __name__ == "__main__":
    main()
