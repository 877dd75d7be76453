import argparse

from tensorflow import keras

from zoo.builders import get_model

parser = argparse.ArgumentParser()
parser.add_argument("--arch", choices=["small_cnn", "wide_mlp"], default="small_cnn")
parser.add_argument("--epochs", type=int, default=20)
args = parser.parse_args()

(x_train, y_train), (x_test, y_test) = keras.datasets.cifar10.load_data()
model = get_model(args.arch, num_classes=10)
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(x_train / 255.0, y_train, validation_data=(x_test / 255.0, y_test), epochs=args.epochs)
