"""Entry point: python main.py --data-dir data/plantvillage"""
import argparse

import tensorflow as tf
from tensorflow import keras

from plantnet.models import LeafClassifier, build_encoder
from plantnet.training.callbacks import default_callbacks

NUM_CLASSES = 38


def datasets(data_dir, image_size, batch_size):
    kwargs = dict(image_size=(image_size, image_size), batch_size=batch_size, label_mode="categorical", seed=7, validation_split=0.2)
    train = keras.utils.image_dataset_from_directory(data_dir, subset="training", **kwargs)
    val = keras.utils.image_dataset_from_directory(data_dir, subset="validation", **kwargs)
    return train.prefetch(tf.data.AUTOTUNE), val.prefetch(tf.data.AUTOTUNE)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--image-size", type=int, default=224)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--out", default="runs/leaf")
    args = parser.parse_args()

    train, val = datasets(args.data_dir, args.image_size, args.batch_size)
    model = LeafClassifier(build_encoder(args.image_size), NUM_CLASSES)
    model.compile(optimizer=keras.optimizers.Adam(1e-3))
    model.fit(train, validation_data=val, epochs=args.epochs, callbacks=default_callbacks(args.out))


if __name__ == "__main__":
    main()
