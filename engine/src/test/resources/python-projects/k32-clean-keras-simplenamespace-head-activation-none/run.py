import types

import tensorflow as tf

hp = types.SimpleNamespace(width=256, classes=12, final_activation=None, lr=3e-4)

model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=(64, 64)),
    tf.keras.layers.Dense(hp.width, activation="relu"),
    tf.keras.layers.Dense(hp.classes, activation=hp.final_activation),
])
model.compile(tf.keras.optimizers.Adam(hp.lr), loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(glyphs, glyph_ids, epochs=10)
