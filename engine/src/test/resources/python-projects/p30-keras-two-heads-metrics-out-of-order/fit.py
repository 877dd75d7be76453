import numpy as np
from tensorflow import keras

from detector.model import localiser

images = np.load("data/images.npy")
labels = keras.utils.to_categorical(np.load("data/labels.npy"), 5)
boxes = np.load("data/boxes.npy")

model = localiser(5)
model.compile(optimizer="adam", loss=["categorical_crossentropy", "mse"],
              metrics=["mae", "accuracy"])
model.fit(images, [labels, boxes], epochs=10, batch_size=32)
