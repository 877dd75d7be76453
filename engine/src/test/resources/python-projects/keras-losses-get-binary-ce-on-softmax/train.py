from tensorflow import keras
from tensorflow.keras import layers

from config import TRAIN

(x_train, y_train), _ = keras.datasets.fashion_mnist.load_data()
x_train = x_train.reshape(-1, 784).astype("float32") / 255.0
y_train = keras.utils.to_categorical(y_train, 10)

model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
loss_fn = keras.losses.get(TRAIN["loss"])
model.compile(optimizer=TRAIN["optimizer"], loss=loss_fn, metrics=["accuracy"])
model.fit(x_train, y_train, epochs=TRAIN["epochs"], batch_size=TRAIN["batch_size"])
