import keras_tuner
import numpy as np
from tensorflow import keras

x = np.load("data/x.npy")
y = keras.utils.to_categorical(np.load("data/y.npy"), 4)


def build_model(hp):
    model = keras.Sequential()
    model.add(keras.layers.Input((50,)))
    model.add(keras.layers.Dense(hp.Choice("units", [32, 64, 128]), activation="relu"))
    model.add(keras.layers.Dropout(hp.Float("dropout", 0.0, 0.5, step=0.1)))
    model.add(keras.layers.Dense(4, activation="softmax"))
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


tuner = keras_tuner.Hyperband(build_model, objective="val_accuracy", max_epochs=20, project_name="width")
tuner.search(x, y, validation_split=0.2, callbacks=[keras.callbacks.EarlyStopping(patience=3)])
best = tuner.get_best_models(1)[0]
