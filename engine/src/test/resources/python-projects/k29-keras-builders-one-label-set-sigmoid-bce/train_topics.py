import json

import numpy as np
from keras.preprocessing.sequence import pad_sequences
from keras.preprocessing.text import Tokenizer
from keras.utils import to_categorical
from sklearn.preprocessing import LabelEncoder

from newsclf.builders import build_bilstm, build_textcnn

MAX_LEN = 200
TOPICS = ["world", "sports", "business", "science"]

with open("data/ag_news_train.jsonl") as fh:
    rows = [json.loads(line) for line in fh]
texts = [r["text"] for r in rows]

tokenizer = Tokenizer(num_words=30000)
tokenizer.fit_on_texts(texts)
x = pad_sequences(tokenizer.texts_to_sequences(texts), maxlen=MAX_LEN)

encoder = LabelEncoder().fit(TOPICS)
y = to_categorical(encoder.transform([r["topic"] for r in rows]), num_classes=4)


bilstm = build_bilstm(30001, MAX_LEN, 4)
bilstm.fit(x, y, batch_size=64, epochs=4, validation_split=0.1)

textcnn = build_textcnn(30001, MAX_LEN, 4)
textcnn.fit(x, y, batch_size=64, epochs=4, validation_split=0.1)
np.save("preds.npy", textcnn.predict(x[:100]))
