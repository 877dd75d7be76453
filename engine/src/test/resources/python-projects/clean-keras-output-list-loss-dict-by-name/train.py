import argparse

import keras
import numpy as np

from faceattrs.models.multitask import build_multitask


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/utkface_128.npz")
    parser.add_argument("--epochs", type=int, default=25)
    args = parser.parse_args()

    data = np.load(args.data)
    targets = {"age": data["age"], "gender": data["gender"], "ethnicity": data["ethnicity"]}
    model = build_multitask()
    model.compile(
        optimizer=keras.optimizers.Adam(1e-3),
        loss={
            "ethnicity": keras.losses.SparseCategoricalCrossentropy(from_logits=True),
            "age": "mae",
            "gender": "binary_crossentropy",
        },
        loss_weights={"age": 0.05, "gender": 1.0, "ethnicity": 1.0},
        metrics={"gender": ["accuracy"], "ethnicity": ["accuracy"]},
    )
    model.fit(data["images"], targets, epochs=args.epochs, batch_size=64, validation_split=0.1)


if __name__ == "__main__":
    main()
