import numpy as np
from tensorflow import keras

from audio.kws import KEYWORDS, kws_cnn

feats = np.load("features/train_logmel.npy")
labels = keras.utils.to_categorical(np.load("features/train_labels.npy"), len(KEYWORDS))

model = kws_cnn()
model.compile(
    optimizer=keras.optimizers.Adam(1e-3),
    loss=[keras.losses.CategoricalCrossentropy()],
    metrics=[keras.metrics.CategoricalAccuracy()],
)
model.fit(feats, labels, batch_size=100, epochs=20, validation_split=0.1)
model.save("kws_cnn.keras")
