"""Model builders for the topic classifier; each returns a compiled model."""
from keras.layers import (LSTM, Bidirectional, Concatenate, Conv1D, Dense, Dropout, Embedding,
                          GlobalMaxPooling1D, Input)
from keras.models import Model


def build_bilstm(vocab_size, max_len, n_topics, emb_dim=128):
    tokens = Input(shape=(max_len,), dtype="int32", name="tokens")
    h = Embedding(vocab_size, emb_dim, mask_zero=True)(tokens)
    h = Bidirectional(LSTM(64))(h)
    h = Dropout(0.3)(h)
    topic = Dense(n_topics, activation="softmax", name="topic")(h)
    model = Model(inputs=tokens, outputs=topic)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model


def build_textcnn(vocab_size, max_len, n_topics, emb_dim=128, widths=(3, 4, 5)):
    tokens = Input(shape=(max_len,), dtype="int32", name="tokens")
    h = Embedding(vocab_size, emb_dim)(tokens)
    pooled = [GlobalMaxPooling1D()(Conv1D(100, w, activation="relu")(h)) for w in widths]
    h = Dropout(0.5)(Concatenate()(pooled))
    topic = Dense(n_topics, activation="softmax", name="topic")(h)
    model = Model(inputs=tokens, outputs=topic)
    model.compile(optimizer="adam", loss={"topic": "categorical_crossentropy"}, metrics=["accuracy"])
    return model
