import json

import numpy as np
import tensorflow as tf

from listings.network import listing_network

with open("params.json") as fh:
    params = json.load(fh)

arrays = np.load(params["data"])
y_category = tf.keras.utils.to_categorical(arrays["category"], 30)

net = listing_network()
net.compile(
    optimizer=tf.keras.optimizers.Adam(params.get("lr", 1e-3)),
    loss={"log_price": tf.keras.losses.Huber(), "category": "categorical_crossentropy"},
    loss_weights={"log_price": 0.5, "category": 1.0},
)
net.fit(
    {"title": arrays["title"], "numeric": arrays["numeric"]},
    {"category": y_category, "log_price": np.log1p(arrays["price"])},
    epochs=params.get("epochs", 10),
    batch_size=256,
)
