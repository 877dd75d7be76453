# Fine-tuning run: the Kim-CNN from models/cnn.py, compiled again for one-hot targets with label smoothing.
import numpy as np
from keras.losses import CategoricalCrossentropy
from keras.utils import to_categorical

from models.cnn import get_cnn_rand

MAX_LEN = 40
x_train = np.load("data/trec_tokens.npy")
labels = np.load("data/trec_coarse_labels.npy")
y_smooth = to_categorical(labels, num_classes=6)

model = get_cnn_rand(200, 8000, MAX_LEN, 6)
model.compile(loss=CategoricalCrossentropy(label_smoothing=0.1), optimizer="adam", metrics=["accuracy"])
model.fit(x_train, y_smooth, batch_size=50, epochs=5)
