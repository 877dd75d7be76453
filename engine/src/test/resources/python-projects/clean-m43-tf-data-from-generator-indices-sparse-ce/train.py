import csv

import tensorflow as tf

from speech.data import COMMANDS, SAMPLES, make_dataset

with open("data/train.csv") as f:
    rows = list(csv.reader(f))
paths = [r[0] for r in rows]
labels = [COMMANDS.index(r[1]) for r in rows]

model = tf.keras.Sequential([
    tf.keras.layers.Input((SAMPLES,)),
    tf.keras.layers.Reshape((SAMPLES, 1)),
    tf.keras.layers.Conv1D(16, 9, strides=4, activation="relu"),
    tf.keras.layers.Conv1D(32, 9, strides=4, activation="relu"),
    tf.keras.layers.GlobalMaxPooling1D(),
    tf.keras.layers.Dense(len(COMMANDS), activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(make_dataset(paths, labels), epochs=10)
