"""Intent classifier for a chatbot: one output unit per intent tag found in intents.json."""
import json

import numpy as np
from tensorflow import keras

with open("intents.json", encoding="utf-8") as f:
    intents = json.load(f)["intents"]

words = sorted({w.lower() for intent in intents for p in intent["patterns"] for w in p.split()})
tags = sorted({intent["tag"] for intent in intents})

x, y = [], []
for intent in intents:
    for pattern in intent["patterns"]:
        tokens = {w.lower() for w in pattern.split()}
        x.append([1.0 if w in tokens else 0.0 for w in words])
        row = [0.0] * len(tags)
        row[tags.index(intent["tag"])] = 1.0
        y.append(row)
x, y = np.array(x), np.array(y)

model = keras.Sequential([
    keras.layers.Input(shape=(len(words),)),
    keras.layers.Dense(128, activation="relu"),
    keras.layers.Dropout(0.5),
    keras.layers.Dense(len(tags), activation="sigmoid"),
])
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(x, y, epochs=200, batch_size=5)
model.save("chatbot.keras")
