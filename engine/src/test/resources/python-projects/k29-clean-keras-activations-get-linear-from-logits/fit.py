import keras
import numpy as np

from intent import settings
from intent.model import intent_model

data = np.load("data/intents.npz")
model = intent_model(vocab_size=int(data["vocab_size"]))
model.compile(
    optimizer=keras.optimizers.AdamW(3e-4),
    loss=keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=settings.LABEL_SMOOTHING),
    metrics=["accuracy"],
)
model.fit(data["tokens"], keras.utils.to_categorical(data["intent"], settings.N_INTENTS), epochs=10, batch_size=32)
