"""Bidirectional LSTM tagger over character ids."""
from tensorflow import keras
from tensorflow.keras import backend as K
from tensorflow.keras import layers


def build_tagger(vocab_size, n_tags, hidden=128):
    chars = keras.Input(shape=(None,), dtype="int32", name="chars")
    x = layers.Embedding(vocab_size, 64, mask_zero=True)(chars)
    x = layers.Bidirectional(layers.LSTM(hidden, return_sequences=True))(x)
    scores = layers.Dense(n_tags, name="tag_scores")(x)
    probs = layers.Lambda(lambda t: K.softmax(t), name="tag_probs")(scores)
    model = keras.Model(chars, probs)
    model.compile(
        optimizer=keras.optimizers.Adam(1e-3),
        loss="categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model
