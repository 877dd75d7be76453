import argparse

import numpy as np
from tensorflow import keras

from income import model as income_model

N_FEATURES = 42
N_CLASSES = 2


class EvaluateCheckpoint(keras.callbacks.Callback):
    """Reloads the last checkpoint each epoch and scores it on held-out data."""

    def __init__(self, path, learning_rate, eval_data):
        super().__init__()
        self.path = path
        self.learning_rate = learning_rate
        self.eval_data = eval_data

    def on_epoch_end(self, epoch, logs=None):
        restored = keras.models.load_model(self.path)
        restored = income_model.compile_classifier(restored, self.learning_rate)
        print(epoch, restored.evaluate(*self.eval_data, verbose=0))


def load_split(name):
    data = np.load("{}.npz".format(name))
    return data["x"], keras.utils.to_categorical(data["y"], N_CLASSES)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--checkpoint", default="ckpt.keras")
    args = parser.parse_args()
    model = income_model.build_classifier(N_FEATURES, N_CLASSES, learning_rate=args.lr)
    x, y = load_split("train")
    model.fit(x, y, epochs=10, callbacks=[keras.callbacks.ModelCheckpoint(args.checkpoint),
                                          EvaluateCheckpoint(args.checkpoint, args.lr, load_split("eval"))])


if __name__ == "__main__":
    main()
