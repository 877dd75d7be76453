import numpy as np
import keras
from keras.layers import Dense, Input
from keras.models import Model

data = np.load("features.npz")
x, y = data["x"], data["y"]

inp = Input(shape=(x.shape[1],))
h = Dense(64, activation="relu")(inp)
logits = Dense(5)(h)

# Keras 1 keywords; a linear head for a loss that takes logits
model = Model(input=inp, output=logits)
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(x, y, epochs=20, batch_size=64)
