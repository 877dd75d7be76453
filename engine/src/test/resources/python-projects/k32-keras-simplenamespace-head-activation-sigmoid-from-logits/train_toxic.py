from types import SimpleNamespace

import numpy as np
import tensorflow as tf

opts = SimpleNamespace(
    max_tokens=20000,
    seq_len=256,
    embed_dim=96,
    head_activation="sigmoid",
    epochs=4,
)


def build(o):
    tokens = tf.keras.Input((o.seq_len,), dtype="int32")
    x = tf.keras.layers.Embedding(o.max_tokens, o.embed_dim)(tokens)
    x = tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(64))(x)
    toxic = tf.keras.layers.Dense(1, activation=o.head_activation)(x)
    return tf.keras.Model(tokens, toxic)


x = np.load("data/comments_ids.npy")
y = np.load("data/is_toxic.npy")
model = build(opts)
model.compile(optimizer="adam", loss=tf.keras.losses.BinaryCrossentropy(from_logits=True), metrics=["AUC"])
model.fit(x, y, epochs=opts.epochs, batch_size=64)
