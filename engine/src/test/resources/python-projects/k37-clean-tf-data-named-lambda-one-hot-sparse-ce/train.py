import numpy as np
import tensorflow as tf

from pipeline.records import N_GENRES, load

waves = np.load("gtzan_waves.npy")
genres = np.load("gtzan_genres.npy")
train_ds = load(waves, genres)

model = tf.keras.Sequential([
    tf.keras.layers.Reshape((-1, 257, 1)),
    tf.keras.layers.Conv2D(32, 3, activation="relu"),
    tf.keras.layers.GlobalMaxPooling2D(),
    tf.keras.layers.Dense(N_GENRES, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.fit(train_ds, epochs=40)
