import keras
from keras import layers

from arch import HEAD, HIDDEN


def build():
    return keras.Sequential(
        [keras.Input(shape=(784,))] + [layers.Dense(**spec) for spec in HIDDEN] + [layers.Dense(**HEAD)]
    )


if __name__ == "__main__":
    (x, y), _ = keras.datasets.mnist.load_data()
    x = x.reshape(-1, 784).astype("float32") / 255
    model = build()
    model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    model.fit(x, keras.utils.to_categorical(y, 10), epochs=3, batch_size=64)
