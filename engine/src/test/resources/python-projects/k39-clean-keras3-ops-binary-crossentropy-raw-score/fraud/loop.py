import keras
from keras import ops

from fraud.net import scorer

optimizer = keras.optimizers.Adam(1e-3)


def train_step(batch_x, batch_y):
    import tensorflow as tf

    with tf.GradientTape() as tape:
        score = scorer(batch_x, training=True)
        loss = ops.mean(ops.binary_crossentropy(batch_y, score, from_logits=True))
    grads = tape.gradient(loss, scorer.trainable_weights)
    optimizer.apply_gradients(zip(grads, scorer.trainable_weights))
    return loss
