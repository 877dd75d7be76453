"""python train.py softmax|linear: a Keras 3 classifier trained with fit(), then a custom loop on the functional loss.
The loss object is built from the config: from_logits=True, which a softmax output contradicts."""
import sys

import numpy as np
import keras
from keras import layers

head = sys.argv[1] if len(sys.argv) > 1 else "softmax"
rng = np.random.default_rng(0)
keras.utils.set_random_seed(0)
x = rng.normal(size=(256, 8)).astype("float32")
y = rng.integers(0, 3, size=256)
model = keras.Sequential([keras.Input((8,)), layers.Dense(16, activation="relu"), layers.Dense(3, activation=None if head == "linear" else head)])
loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
model.compile(optimizer="sgd", loss=loss)
model.fit(x, y, batch_size=32, epochs=1, verbose=0)  # expect: LA007 if softmax
for step in range(3):
    scores = model(x[:32])
    value = keras.losses.sparse_categorical_crossentropy(y[:32], scores, from_logits=True)  # expect: LA007 if softmax
print("done")
