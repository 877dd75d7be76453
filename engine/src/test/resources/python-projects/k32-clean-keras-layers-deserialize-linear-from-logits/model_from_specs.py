import json

import tensorflow as tf

with open("experiments/mlp.json") as fh:
    run = json.load(fh)

STACK = [
    {"class_name": "Dense", "config": {"units": 256, "activation": "relu"}},
    {"class_name": "BatchNormalization", "config": {}},
    {"class_name": "Dense", "config": {"units": 9}},
]


def make(input_dim):
    return tf.keras.Sequential([tf.keras.Input((input_dim,))] + [tf.keras.layers.deserialize(s) for s in STACK])


x = tf.constant(run["x"], dtype=tf.float32)
y = tf.constant(run["y"], dtype=tf.int32)
mlp = make(x.shape[1])
mlp.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
mlp.fit(x, y, epochs=30)
