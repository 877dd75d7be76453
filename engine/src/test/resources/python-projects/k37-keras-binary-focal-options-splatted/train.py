import numpy as np
import tensorflow as tf

from fraud.settings import EPOCHS, FEATURES, FOCAL_OPTIONS, HIDDEN


def build():
    inputs = tf.keras.Input(shape=(FEATURES,))
    x = inputs
    for width in HIDDEN:
        x = tf.keras.layers.Dense(width, activation="relu")(x)
    logit = tf.keras.layers.Dense(1)(x)
    model = tf.keras.Model(inputs, logit)
    model.compile(
        optimizer="adam",
        loss=tf.keras.losses.BinaryFocalCrossentropy(from_logits=True, **FOCAL_OPTIONS),
        metrics=[tf.keras.metrics.AUC(from_logits=True)],
    )
    return model


if __name__ == "__main__":
    data = np.load("transactions.npz")
    build().fit(data["x"], data["y"], epochs=EPOCHS, batch_size=2048)
