# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # TREC question classification with a randomly initialised CNN

# %%
import numpy as np
from sklearn.preprocessing import LabelEncoder
from keras.preprocessing.text import Tokenizer
from keras.preprocessing.sequence import pad_sequences

from models.cnn import *

# %%
def load_trec(path):
    questions, labels = [], []
    with open(path, encoding="latin-1") as f:
        for line in f:
            coarse = line.split(":", 1)[0]
            questions.append(line.split(" ", 1)[1].strip())
            labels.append(coarse)
    return questions, labels

x_train_data, y_train_data = load_trec("data/train_5500.label")

# %%
tokenizer = Tokenizer()
tokenizer.fit_on_texts(x_train_data)
sequences = tokenizer.texts_to_sequences(x_train_data)
max_len = max(len(s) for s in sequences)
x_train = pad_sequences(sequences, maxlen=max_len, padding="post")

# %%
le = LabelEncoder()
labels_encoded = le.fit_transform(y_train_data)
y_train = labels_encoded
print(y_train.shape)

# %%
model_1 = get_cnn_rand(200, len(tokenizer.word_index) + 1, max_len, 6)
history = model_1.fit(x=x_train, y=y_train, batch_size=50, epochs=10, validation_split=0.1)
