"""KERAS_BACKEND=tensorflow python train.py sigmoid|linear: a tf.keras binary classifier trained with fit(), then with a
custom GradientTape loop compiled by tf.function. The loss object is from_logits=True, which a sigmoid output contradicts."""
import sys

import numpy as np
import tensorflow as tf

head = sys.argv[1] if len(sys.argv) > 1 else "sigmoid"
tf.keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(256, 8)).astype("float32")
y = (x[:, :1] + 0.3 * rng.normal(size=(256, 1)) > 0).astype("float32")
model = tf.keras.Sequential([tf.keras.Input((8,)), tf.keras.layers.Dense(16, activation="relu"),
                             tf.keras.layers.Dense(1, activation=None if head == "linear" else head)])
bce = tf.keras.losses.BinaryCrossentropy(from_logits=True)
model.compile(optimizer="sgd", loss=bce)
model.fit(x, y, batch_size=32, epochs=1, verbose=0)  # expect: LA007 if sigmoid
optimizer = tf.keras.optimizers.SGD(0.01)


@tf.function
def train_step(xb, yb):
    with tf.GradientTape() as tape:
        value = bce(yb, model(xb, training=True))  # expect: LA007 if sigmoid
    grads = tape.gradient(value, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return value


for step in range(3):
    train_step(x[step * 32:(step + 1) * 32], y[step * 32:(step + 1) * 32])
print("done")
