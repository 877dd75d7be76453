import json
import sys

import tensorflow as tf

from vision.models import SmallResNet


def load_config(path):
    with open(path) as f:
        return json.load(f)


def cifar10(num_classes):
    (x_train, y_train), (x_test, y_test) = tf.keras.datasets.cifar10.load_data()
    x_train, x_test = x_train / 255.0, x_test / 255.0
    return (x_train, tf.keras.utils.to_categorical(y_train, num_classes)), (x_test, tf.keras.utils.to_categorical(y_test, num_classes))


if __name__ == "__main__":
    cfg = load_config(sys.argv[1] if len(sys.argv) > 1 else "configs/cifar10.json")
    (x_train, y_train), (x_test, y_test) = cifar10(cfg["num_classes"])
    model = SmallResNet(cfg["num_classes"], widths=tuple(cfg["widths"]))
    model.compile(
        optimizer=tf.keras.optimizers.Adam(cfg["learning_rate"]),
        loss=tf.keras.losses.CategoricalCrossentropy(),
        metrics=["accuracy"],
    )
    model.fit(x_train, y_train, batch_size=cfg["batch_size"], epochs=cfg["epochs"], validation_data=(x_test, y_test))
