# Classify tiny integer sequences by the digit they repeat.
import numpy as np
from tensorflow.keras.layers import LSTM, Dense
from tensorflow.keras.models import Sequential

n_classes = 4
sequences = np.array([
    [[0], [1], [1], [0], [0], [0]],
    [[0], [0], [0], [2], [2], [0]],
    [[0], [0], [0], [0], [3], [3]],
    [[0], [2], [2], [0], [0], [0]],
    [[0], [0], [3], [3], [0], [0]],
    [[0], [0], [0], [0], [1], [1]],
], dtype=np.float32)
digits = np.array([1, 2, 3, 2, 3, 1], dtype=np.int32)

targets = np.zeros((digits.shape[0], n_classes), dtype=np.float32)
targets[np.arange(digits.shape[0]), digits] = 1.0
print(targets)

model = Sequential()
model.add(LSTM(128, dropout=0.2, recurrent_dropout=0.2, input_shape=(None, 1)))
model.add(Dense(n_classes, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(sequences, targets, epochs=200, verbose=0)
print(np.argmax(model.predict(sequences), axis=1))
