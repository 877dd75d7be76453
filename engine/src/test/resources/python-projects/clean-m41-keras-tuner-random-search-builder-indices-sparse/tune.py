import keras_tuner as kt
import numpy as np
from tensorflow import keras

x = np.load("data/x.npy")
y = np.load("data/y.npy")


def build_model(hp):
    model = keras.Sequential([
        keras.layers.Input((50,)),
        keras.layers.Dense(hp.Int("units", 32, 256, step=32), activation="relu"),
        keras.layers.Dense(4, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(hp.Choice("lr", [1e-2, 1e-3])),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def build_onehot(hp):
    model = keras.Sequential([keras.layers.Input((50,)), keras.layers.Dense(4, activation="softmax")])
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    return model


tuner = kt.RandomSearch(hypermodel=build_model, objective="val_accuracy", max_trials=8)
tuner.search(x, y, epochs=10, validation_split=0.2)
