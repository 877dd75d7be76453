import tensorflow as tf

from model import build

model = build()
model.compile(
    optimizer=tf.keras.optimizers.Adam(3e-4),
    loss={
        "style": tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        "artist": tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    },
    metrics={"style": "accuracy", "artist": "accuracy"},
)
paintings = tf.data.Dataset.load("wikiart_train").batch(32)
model.fit(paintings, epochs=12)
