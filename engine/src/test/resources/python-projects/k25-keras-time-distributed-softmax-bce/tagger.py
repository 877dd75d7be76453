import numpy as np
from keras.layers import Input, Embedding, LSTM, Bidirectional, TimeDistributed, Dense, Dropout
from keras.models import Model
from keras.utils import to_categorical

MAX_LEN = 60
NUM_TAGS = 17  # Universal Dependencies UPOS


def build_tagger(vocab_size, embedding_dim=100, hidden=128):
    words = Input(shape=(MAX_LEN,), name="words")
    x = Embedding(vocab_size + 1, embedding_dim, mask_zero=True)(words)
    x = Bidirectional(LSTM(hidden, return_sequences=True))(x)
    x = Dropout(0.3)(x)
    tags = TimeDistributed(Dense(NUM_TAGS, activation="softmax"))(x)
    model = Model(inputs=words, outputs=tags)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def encode(sentences, tag_sequences, word_index, tag_index):
    x = np.zeros((len(sentences), MAX_LEN), dtype="int32")
    y = np.zeros((len(sentences), MAX_LEN), dtype="int32")
    for i, (words, tags) in enumerate(zip(sentences, tag_sequences)):
        for j, (w, t) in enumerate(zip(words[:MAX_LEN], tags[:MAX_LEN])):
            x[i, j] = word_index.get(w.lower(), 1)
            y[i, j] = tag_index[t]
    return x, to_categorical(y, num_classes=NUM_TAGS)


if __name__ == "__main__":
    from conllu_reader import read_treebank
    sentences, tag_sequences, word_index, tag_index = read_treebank("data/en_ewt-ud-train.conllu")
    x_train, y_train = encode(sentences, tag_sequences, word_index, tag_index)
    model = build_tagger(len(word_index))
    model.fit(x_train, y_train, batch_size=32, epochs=5, validation_split=0.1)
