import numpy as np
import tensorflow as tf

from lib.losses import LabelWeightedBCE

data = np.load("chexpert_features.npz")
freq = data["y"].mean(axis=0)
model = tf.keras.Sequential([
    tf.keras.Input((1024,)),
    tf.keras.layers.Dense(512, activation="relu"),
    tf.keras.layers.Dropout(0.3),
    tf.keras.layers.Dense(14, activation="sigmoid"),
])
model.compile(optimizer="adam", loss=LabelWeightedBCE(1.0 / (14 * freq)), metrics=[tf.keras.metrics.AUC(multi_label=True)])
model.fit(data["x"], data["y"], epochs=20, batch_size=256, validation_split=0.1)
