"""Sub-pixel land-cover unmixing: predict the fraction of each class inside a patch."""
import numpy as np
from tensorflow import keras

from landcover.model import eurosat_cnn
from landcover.settings import BANDS, NUM_CLASSES, PATCH

arrays = np.load("unmixing_train.npz")
x_train = arrays["x"].astype("float32")
counts = arrays["pixel_counts"].astype("float32")  # pixels of each class in the high-resolution map
y_train = counts / counts.sum(axis=1, keepdims=True)

model = eurosat_cnn(NUM_CLASSES, PATCH, BANDS)
model.compile(
    optimizer=keras.optimizers.Adam(1e-3),
    loss=keras.losses.MeanSquaredError(),
    metrics=[keras.metrics.MeanAbsoluteError()],
)
model.fit(x_train, y_train, validation_split=0.1, epochs=60, batch_size=64)
