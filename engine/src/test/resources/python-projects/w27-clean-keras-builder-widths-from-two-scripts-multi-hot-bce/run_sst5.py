"""Aspect tagging of restaurant reviews: food, service, price, ambience, misc (any number per review)."""
import argparse

import numpy as np
from tensorflow.keras.preprocessing.sequence import pad_sequences
from tensorflow.keras.preprocessing.text import Tokenizer
from sklearn.preprocessing import MultiLabelBinarizer

from textcls.models import build_cnn


def read_split(path):
    texts, grades = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            grade, text = line.rstrip("\n").split("\t", 1)
            texts.append(text)
            grades.append(grade.split(","))
    return texts, grades


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="data/aspects/train.tsv")
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()

    texts, grades = read_split(args.train)
    tokenizer = Tokenizer(oov_token="<unk>")
    tokenizer.fit_on_texts(texts)
    x = pad_sequences(tokenizer.texts_to_sequences(texts), maxlen=60, padding="post")
    y = MultiLabelBinarizer().fit_transform(grades)

    model = build_cnn(len(tokenizer.word_index) + 1, 60, 5)
    model.fit(x, y, batch_size=50, epochs=args.epochs, validation_split=0.1)
    model.save("aspects_cnn.h5")


if __name__ == "__main__":
    main()
