import numpy as np
from tensorflow import keras

from tagger.network import build_tagger

N_TAGS = 9

if __name__ == "__main__":
    x = np.random.randint(1, 80, size=(256, 40))
    y = keras.utils.to_categorical(np.random.randint(0, N_TAGS, size=(256, 40)), N_TAGS)
    model = build_tagger(vocab_size=80, n_tags=N_TAGS)
    model.fit(x, y, batch_size=32, epochs=3, validation_split=0.1)
    model.save("tagger.keras")
