import argparse

import tensorflow as tf
from tensorflow import keras

from glyphs.models import glyph_classifier

VOCAB = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def main(args):
    train = keras.utils.image_dataset_from_directory(args.data, image_size=(32, 32), color_mode="grayscale")
    model = glyph_classifier((32, 32, 1), num_classes=len(VOCAB), include_top=True)
    model.compile(
        optimizer=keras.optimizers.Adam(args.lr),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=["accuracy"],
    )
    model.fit(train, epochs=args.epochs)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=5)
    main(parser.parse_args())
