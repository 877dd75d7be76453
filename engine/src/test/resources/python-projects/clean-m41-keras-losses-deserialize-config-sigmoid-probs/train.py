import numpy as np
import tensorflow as tf

LOSS = {"class_name": "BinaryCrossentropy", "config": {"from_logits": False}}
loss = tf.keras.losses.deserialize(LOSS)

model = tf.keras.Sequential([
    tf.keras.layers.Input((12,)),
    tf.keras.layers.Dense(16, activation="relu"),
    tf.keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="rmsprop", loss=loss, metrics=["AUC"])
model.fit(np.load("x.npy"), np.load("y.npy"), epochs=40)
