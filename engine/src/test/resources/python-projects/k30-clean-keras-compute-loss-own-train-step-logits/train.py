import keras
import numpy as np

from tagger.model import ToxicityTagger

tokens = np.load("data/tokens.npy")
labels = np.load("data/labels.npy").astype("float32")
model = ToxicityTagger()
model.compile(optimizer=keras.optimizers.Adam(2e-4))
model.fit(tokens, labels, batch_size=256, epochs=4)
