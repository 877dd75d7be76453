import argparse

from tensorflow import keras

from trainer.model import build_functional, build_sequential


def load_mnist():
    (x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
    x_train = x_train.reshape(60000, 784).astype("float32") / 255
    x_test = x_test.reshape(10000, 784).astype("float32") / 255
    return (x_train, y_train), (x_test, y_test)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sequential", action="store_true")
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()

    if args.sequential:
        model = build_sequential()
        model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                      optimizer=keras.optimizers.RMSprop(), metrics=["accuracy"])
    else:
        model = build_functional()
        model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                      optimizer=keras.optimizers.RMSprop(), metrics=["accuracy"])

    (x_train, y_train), (x_test, y_test) = load_mnist()
    model.fit(x_train, y_train, batch_size=8192, epochs=args.epochs, validation_split=0.2)
    print(model.evaluate(x_test, y_test, verbose=2))


if __name__ == "__main__":
    main()
