import numpy as np
from tensorflow import keras

import config
from trainer.losses import build_loss


def make_model(n_features):
    inputs = keras.Input(shape=(n_features,))
    x = inputs
    for width in config.HIDDEN:
        x = keras.layers.Dense(width, activation="relu")(x)
        x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(1, name="churn")(x)
    return keras.Model(inputs, outputs)


if __name__ == "__main__":
    data = np.load("data/churn.npz")
    model = make_model(data["x_train"].shape[1])
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss=build_loss(config.LOSS), metrics=["AUC"])
    model.fit(data["x_train"], data["y_train"], validation_split=0.1, epochs=20, batch_size=256)
