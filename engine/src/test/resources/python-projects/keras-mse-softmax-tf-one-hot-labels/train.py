"""EuroSAT land-cover classification from multispectral patches."""
import numpy as np
import tensorflow as tf
from tensorflow import keras

from landcover.model import eurosat_cnn
from landcover.settings import BANDS, NUM_CLASSES, PATCH


def load(split):
    arrays = np.load(f"eurosat_{split}.npz")
    return arrays["x"].astype("float32"), arrays["y"]


x_train, y_train = load("train")
x_val, y_val = load("val")
y_train = tf.one_hot(y_train, depth=NUM_CLASSES)
y_val = tf.one_hot(y_val, depth=NUM_CLASSES)

model = eurosat_cnn(NUM_CLASSES, PATCH, BANDS)
model.summary()
model.compile(
    optimizer=keras.optimizers.Adam(1e-3),
    loss=keras.losses.MeanSquaredError(),
    metrics=[keras.metrics.CategoricalAccuracy()],
)
callbacks = [keras.callbacks.EarlyStopping(patience=8, restore_best_weights=True)]
model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=60, batch_size=64, callbacks=callbacks)
model.save("eurosat_cnn.keras")
