"""Predicts a listing's category and its log-price from title tokens and numeric features."""
import tensorflow as tf

L = tf.keras.layers


def listing_network(vocab_size=50000, title_len=32, num_numeric=12, num_categories=30):
    title = tf.keras.Input(shape=(title_len,), dtype="int32", name="title")
    numeric = tf.keras.Input(shape=(num_numeric,), name="numeric")
    t = L.Embedding(vocab_size, 96)(title)
    t = L.GlobalMaxPooling1D()(t)
    n = L.Dense(32, activation="relu")(L.BatchNormalization()(numeric))
    h = L.Dense(256, activation="relu")(L.Concatenate()([t, n]))
    cat_out = L.Dense(num_categories, activation="sigmoid", name="category")(h)
    price_out = L.Dense(1, name="log_price")(h)
    return tf.keras.Model(inputs=[title, numeric], outputs=[cat_out, price_out])
