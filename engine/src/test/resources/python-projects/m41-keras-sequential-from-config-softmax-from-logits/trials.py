import tensorflow as tf

from data import load_split
from models import baseline

x, y = load_split("train")
base = baseline(x.shape[1], 6)
for lr in (1e-2, 1e-3, 1e-4):
    trial = tf.keras.Sequential.from_config(base.get_config())
    trial.compile(optimizer=tf.keras.optimizers.Adam(lr),
                  loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])
    trial.fit(x, y, epochs=10, validation_split=0.2)
