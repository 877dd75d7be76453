import numpy as np
import tensorflow as tf

from reviews.model import build

data = np.load("reviews.npz")
model = build(vocab_size=20000)
model.compile(
    optimizer="adam",
    loss=tf.keras.losses.BinaryCrossentropy(from_logits=True),
    metrics=[tf.keras.metrics.BinaryAccuracy(threshold=0.0)],
)
model.fit(data["tokens"], data["positive"], epochs=5, batch_size=128, validation_split=0.1)
