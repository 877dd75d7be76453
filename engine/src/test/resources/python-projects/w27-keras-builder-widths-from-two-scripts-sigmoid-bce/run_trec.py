"""TREC question classification with the six coarse labels (ABBR, DESC, ENTY, HUM, LOC, NUM)."""
from sklearn.preprocessing import LabelEncoder
from tensorflow.keras.preprocessing.sequence import pad_sequences
from tensorflow.keras.preprocessing.text import Tokenizer
from tensorflow.keras.utils import to_categorical

from textcls.models import build_cnn

MAX_LEN = 40


def load(path):
    questions, coarse = [], []
    with open(path, encoding="latin-1") as f:
        for line in f:
            label, question = line.split(" ", 1)
            coarse.append(label.split(":")[0])
            questions.append(question.strip())
    return questions, coarse


questions, coarse = load("data/trec/train_5500.label")
tok = Tokenizer()
tok.fit_on_texts(questions)
x_train = pad_sequences(tok.texts_to_sequences(questions), maxlen=MAX_LEN)

encoder = LabelEncoder()
y_train = to_categorical(encoder.fit_transform(coarse))

cnn = build_cnn(len(tok.word_index) + 1, MAX_LEN, 6, emb_dim=300)
history = cnn.fit(x_train, y_train, batch_size=50, epochs=10)
print(max(history.history["accuracy"]))
