import numpy as np
from tensorflow import keras

TAGS = ["urgent", "billing", "refund", "login", "bug", "feature"]
WIDTHS = (256, 128)

encoder = [keras.layers.Dense(w, activation="relu") for w in WIDTHS]
regularise = [keras.layers.Dropout(0.3)]
classifier = [keras.layers.Dense(len(TAGS), activation="sigmoid", name="tags")]

model = keras.Sequential(encoder + regularise + classifier)
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(), metrics=["binary_accuracy"])
model.fit(np.load("tickets_tfidf.npy"), np.load("tickets_tags.npy"), epochs=12, batch_size=32)
