"""Convolutional sentence classifiers (one embedding channel, parallel n-gram filters)."""
from tensorflow.keras import layers
from tensorflow.keras.models import Model


def ngram_branches(x, max_len, filter_sizes=(3, 4, 5), n_filters=100):
    outs = []
    for size in filter_sizes:
        h = layers.Conv1D(n_filters, size, activation="relu", name=f"conv_{size}")(x)
        h = layers.MaxPooling1D(pool_size=max_len - size + 1, name=f"pool_{size}")(h)
        outs.append(layers.Flatten(name=f"flat_{size}")(h))
    return outs


def build_cnn(vocab_size, max_len, n_classes, emb_dim=128, dropout=0.5):
    tokens = layers.Input(shape=(max_len,), dtype="int32", name="tokens")
    emb = layers.Embedding(vocab_size, emb_dim, name="embedding")(tokens)
    merged = layers.concatenate(ngram_branches(emb, max_len), axis=-1)
    merged = layers.Dropout(dropout)(merged)
    probs = layers.Dense(n_classes, activation="softmax", name="probs")(merged)

    model = Model(inputs=tokens, outputs=probs)
    model.compile(optimizer="adam", loss={"probs": "categorical_crossentropy"}, metrics=["accuracy"])
    return model
