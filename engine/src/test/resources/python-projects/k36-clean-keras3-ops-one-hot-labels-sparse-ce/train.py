import keras
import numpy as np

data = np.load("digits.npz")
x_train = data["x"].astype("float32") / 16.0
y_train = keras.ops.one_hot(data["y"], 10)

model = keras.Sequential([keras.Input((64,)), keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10)])
model.compile(optimizer="adam", loss=keras.losses.CategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(x_train, y_train, epochs=20, batch_size=32)
