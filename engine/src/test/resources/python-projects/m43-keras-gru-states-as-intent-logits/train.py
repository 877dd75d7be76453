import json

import numpy as np
from tensorflow import keras

from intents.model import build_classifier

with open("data/intents.json") as f:
    labels = json.load(f)["labels"]

x = np.load("data/tokens.npy")
y = np.load("data/intent_ids.npy")

model = build_classifier(vocab_size=30000, n_intents=len(labels))
model.compile(optimizer=keras.optimizers.Adam(1e-3),
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"])
model.fit(x, y, batch_size=64, epochs=8, validation_split=0.1)
