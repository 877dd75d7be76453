import argparse

import tensorflow as tf

from segnet.model import SegNet
from trainer import fit


def load_split(path, batch_size):
    ds = tf.data.Dataset.load(path)
    return ds.shuffle(512).batch(batch_size).prefetch(tf.data.AUTOTUNE)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/train")
    parser.add_argument("--steps", type=int, default=20000)
    parser.add_argument("--batch-size", type=int, default=8)
    args = parser.parse_args()

    model = SegNet(n_classes=2)
    fit(model, load_split(args.data, args.batch_size), args.steps)
    model.save_weights("checkpoints/segnet")


if __name__ == "__main__":
    main()
