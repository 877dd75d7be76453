"""Scores the two heads' per-column probabilities against one-hot rows of both groups (28 columns)."""
import tensorflow as tf

from gru_lm.tagger import TwoGroupHead

head = TwoGroupHead(256)
bce = tf.keras.losses.BinaryCrossentropy()
optimizer = tf.keras.optimizers.Adam(1e-3)


def step(H, targets):
    with tf.GradientTape() as tape:
        loss = bce(targets, head(H))
    grads = tape.gradient(loss, head.trainable_variables)
    optimizer.apply_gradients(zip(grads, head.trainable_variables))
    return loss
