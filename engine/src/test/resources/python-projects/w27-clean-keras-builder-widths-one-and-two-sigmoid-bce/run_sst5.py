"""Binary sentiment (SST-2): positive or negative, one sigmoid score."""
import argparse

import numpy as np
from tensorflow.keras.preprocessing.sequence import pad_sequences
from tensorflow.keras.preprocessing.text import Tokenizer

from textcls.models import build_cnn


def read_split(path):
    texts, grades = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            grade, text = line.rstrip("\n").split("\t", 1)
            texts.append(text)
            grades.append(int(grade))
    return texts, np.array(grades)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="data/sst2/train.tsv")
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()

    texts, grades = read_split(args.train)
    tokenizer = Tokenizer(oov_token="<unk>")
    tokenizer.fit_on_texts(texts)
    x = pad_sequences(tokenizer.texts_to_sequences(texts), maxlen=60, padding="post")
    y = grades.astype("float32")

    model = build_cnn(len(tokenizer.word_index) + 1, 60, 1)
    model.fit(x, y, batch_size=50, epochs=args.epochs, validation_split=0.1)
    model.save("sst2_cnn.h5")


if __name__ == "__main__":
    main()
