import numpy as np
import tensorflow as tf

import config

loss = tf.keras.losses.deserialize(config.LOSS)

x = np.load("x.npy")
y = np.load("y.npy")
model = tf.keras.Sequential([
    tf.keras.layers.Input((12,)),
    tf.keras.layers.Dense(16, activation="relu"),
    tf.keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="rmsprop", loss=loss, metrics=["AUC"])
model.fit(x, y, epochs=config.EPOCHS)
