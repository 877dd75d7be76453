"""Trains the review classifier.

    python train.py --data data/reviews --epochs 10
"""
import argparse
import os

import keras

from sentiment.data import load_split
from sentiment.models import ReviewClassifier


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="data/reviews")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=3e-4)
    return parser.parse_args()


def main():
    args = parse_args()
    x_train, y_train = load_split(os.path.join(args.data, "train.npz"))
    x_val, y_val = load_split(os.path.join(args.data, "val.npz"))

    model = ReviewClassifier(num_classes=5)
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=args.lr),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["sparse_categorical_accuracy"],
    )
    model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=args.epochs, batch_size=args.batch_size)
    model.save("review_classifier.keras")


if __name__ == "__main__":
    main()
