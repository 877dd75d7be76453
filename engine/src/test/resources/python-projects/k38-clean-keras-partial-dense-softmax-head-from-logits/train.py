import argparse

import numpy as np
import tensorflow as tf

from birdsong.model import spectrogram_classifier


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/clips.npz")
    parser.add_argument("--epochs", type=int, default=40)
    args = parser.parse_args()

    data = np.load(args.data)
    model = spectrogram_classifier(num_classes=int(data["labels"].max()) + 1)
    model.compile(
        optimizer=tf.keras.optimizers.Adam(3e-4),
        loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
    model.fit(data["spectrograms"], data["labels"], validation_split=0.1, epochs=args.epochs, batch_size=64)
    model.save("birdsong.keras")


if __name__ == "__main__":
    main()
