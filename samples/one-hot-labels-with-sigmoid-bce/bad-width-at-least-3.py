"""Two news-topic datasets (5 and 7 topics) trained with one model builder."""
from tensorflow import keras
from tensorflow.keras.utils import to_categorical


def build_classifier(vocab_size, n_topics):
    tokens = keras.Input(shape=(200,), dtype="int32")
    h = keras.layers.Embedding(vocab_size, 64)(tokens)
    h = keras.layers.GlobalAveragePooling1D()(h)
    h = keras.layers.Dense(64, activation="relu")(h)
    topics = keras.layers.Dense(n_topics, activation="sigmoid")(h)
    model = keras.Model(tokens, topics)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def train(x, topic_ids, n_topics, vocab_size=20000):
    model = build_classifier(vocab_size, n_topics)
    model.fit(x, to_categorical(topic_ids, num_classes=n_topics), epochs=5, batch_size=64)
    return model


if __name__ == "__main__":
    import numpy as np

    bbc = np.load("bbc.npz")
    train(bbc["x"], bbc["y"], 5)
    ag = np.load("ag_news_extended.npz")
    train(ag["x"], ag["y"], 7)
