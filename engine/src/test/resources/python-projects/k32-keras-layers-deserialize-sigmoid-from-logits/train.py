import numpy as np
from tensorflow import keras

from spam.build import build

bow = np.load("features/bow.npy")
is_spam = np.load("features/is_spam.npy").astype("float32")

model = build(bow.shape[1])
model.compile(optimizer=keras.optimizers.Adam(5e-4),
              loss=keras.losses.BinaryCrossentropy(from_logits=True),
              metrics=[keras.metrics.AUC()])
model.fit(bow, is_spam, batch_size=128, epochs=12, validation_split=0.15)
