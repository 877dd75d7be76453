import numpy as np
import tensorflow as tf

from attributes.model import build_attribute_net
from attributes.schema import ATTRIBUTES

data = np.load("data/garments_train.npz")
model = build_attribute_net()

losses, metrics = {}, {}
for attr in ATTRIBUTES:
    losses[attr] = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    metrics[attr] = "accuracy"

model.compile(optimizer=tf.keras.optimizers.Adam(3e-4), loss=losses, metrics=metrics)
model.fit(
    data["images"],
    {attr: data[attr] for attr in ATTRIBUTES},
    validation_split=0.1,
    epochs=20,
    batch_size=64,
)
