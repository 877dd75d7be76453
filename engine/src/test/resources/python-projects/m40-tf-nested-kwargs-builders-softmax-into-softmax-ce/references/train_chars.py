import argparse

import numpy as np
import tensorflow as tf

from charnet.backbones import mobile_small

VOCAB = "0123456789abcdefghijklmnopqrstuvwxyz"


def fit_one_epoch(model, dataset, optimizer):
    for images, targets in dataset:
        with tf.GradientTape() as tape:
            out = model(images, training=True)
            loss = tf.nn.softmax_cross_entropy_with_logits(tf.one_hot(targets, len(VOCAB)), out)
        grads = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(zip(grads, model.trainable_weights))


def main(args):
    images = np.load(args.images)
    targets = np.load(args.targets)
    dataset = tf.data.Dataset.from_tensor_slices((images, targets)).shuffle(1024).batch(args.batch_size)
    model = mobile_small(pretrained=args.pretrained, input_shape=(32, 32, 3), num_classes=len(VOCAB), include_top=True)
    optimizer = tf.keras.optimizers.Adam(args.lr)
    for _ in range(args.epochs):
        fit_one_epoch(model, dataset, optimizer)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("images")
    parser.add_argument("targets")
    parser.add_argument("--pretrained", action="store_true")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=10)
    main(parser.parse_args())
