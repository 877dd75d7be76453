"""Reuters topic classifier, bag of words in, 46 topics out."""
import numpy as np
from keras import backend as K
from keras.datasets import reuters
from keras.layers import Dense, Dropout
from keras.models import Sequential
from keras.preprocessing.text import Tokenizer
from keras.utils import np_utils

MAX_WORDS = 10000


def smoothed_xent(y_true, y_pred):
    y_true = y_true * 0.9 + 0.1 / 46
    return K.categorical_crossentropy(y_true, y_pred, from_logits=True)


(x_train, y_train), (x_test, y_test) = reuters.load_data(num_words=MAX_WORDS)
tok = Tokenizer(num_words=MAX_WORDS)
x_train = tok.sequences_to_matrix(x_train, mode="binary")
x_test = tok.sequences_to_matrix(x_test, mode="binary")
num_classes = np.max(y_train) + 1
y_train = np_utils.to_categorical(y_train, num_classes)
y_test = np_utils.to_categorical(y_test, num_classes)

model = Sequential()
model.add(Dense(512, input_shape=(MAX_WORDS,), activation="relu"))
model.add(Dropout(0.5))
model.add(Dense(46, activation="softmax"))
model.compile(loss=smoothed_xent, optimizer="adam", metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=32, epochs=5, validation_split=0.1)
print(model.evaluate(x_test, y_test, batch_size=32))
