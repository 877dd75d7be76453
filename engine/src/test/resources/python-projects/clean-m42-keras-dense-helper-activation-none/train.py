import numpy as np
from tensorflow import keras

from model import build_classifier

NUM_INTENTS = 12

x_train = np.load("data/embeddings.npy")
y_train = np.load("data/intents.npy")

model = build_classifier(x_train.shape[1], NUM_INTENTS)
model.compile(
    optimizer=keras.optimizers.Adam(1e-3),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, batch_size=64, validation_split=0.1)
model.save("intent_classifier.keras")
