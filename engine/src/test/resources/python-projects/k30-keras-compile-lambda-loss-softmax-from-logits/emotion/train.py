import keras
import numpy as np
from keras import layers

EMOTIONS = 7

faces = np.load("fer/x_train.npy")
labels = np.load("fer/y_train.npy")

model = keras.Sequential([
    layers.Input(shape=(48, 48, 1)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.BatchNormalization(),
    layers.MaxPooling2D(),
    layers.Conv2D(64, 3, activation="relu"),
    layers.GlobalAveragePooling2D(),
    layers.Dropout(0.4),
    layers.Dense(EMOTIONS, activation="softmax"),
])
model.compile(
    optimizer=keras.optimizers.Adam(1e-3),
    loss=lambda y_true, y_pred: keras.losses.sparse_categorical_crossentropy(y_true, y_pred, from_logits=True, ignore_class=255),
    metrics=["accuracy"],
)
model.fit(faces, labels, batch_size=64, epochs=50, validation_split=0.1)
