"""Glyph classifier: 12 exclusive glyph classes, trained on one-hot targets."""
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

NUM_GLYPHS = 12


def build_classifier():
    inputs = keras.Input(shape=(32, 32, 1), name="glyph")
    x = layers.Conv2D(32, 3, activation="relu")(inputs)
    x = layers.MaxPooling2D()(x)
    x = layers.Conv2D(64, 3, activation="relu")(x)
    x = layers.GlobalAveragePooling2D()(x)
    scores = layers.Dense(NUM_GLYPHS, name="scores")(x)
    return keras.Model(inputs, scores)


images = np.load("data/glyphs.npy").astype("float32") / 255.0
glyph_ids = np.load("data/glyph_ids.npy")
targets = tf.one_hot(glyph_ids.astype(np.int32), depth=NUM_GLYPHS)

model = build_classifier()
model.compile(optimizer=keras.optimizers.Adam(1e-3),
              loss=keras.losses.CategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"])
model.fit(images, targets, batch_size=128, epochs=15, validation_split=0.1)
