"""Tabular MLP baseline; the architecture lives in the YAML config."""
import argparse

import numpy as np
import tensorflow as tf
import yaml


def build(cfg):
    model = tf.keras.Sequential([tf.keras.Input(shape=(cfg["input_dim"],))])
    for spec in cfg["layers"]:
        model.add(tf.keras.layers.Dense(spec["units"], activation=spec.get("activation")))
        if spec.get("dropout", 0):
            model.add(tf.keras.layers.Dropout(spec["dropout"]))
    return model


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="configs/mlp.yaml")
    args = parser.parse_args()
    with open(args.config) as f:
        cfg = yaml.safe_load(f)
    data = np.load(cfg["data"])
    model = build(cfg["model"])
    model.compile(optimizer=tf.keras.optimizers.Adam(cfg["train"]["lr"]),
                  loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])
    model.fit(data["x"], data["y"], epochs=cfg["train"]["epochs"], validation_split=0.1)


if __name__ == "__main__":
    main()
