import tensorflow as tf

import config
from signs import SignNet

model = SignNet()
criterion = tf.keras.losses.get(config.LOSS)
optimizer = tf.keras.optimizers.Adam(config.LEARNING_RATE)


@tf.function
def train_step(images, labels):
    with tf.GradientTape() as tape:
        predictions = model(images, training=True)
        loss = tf.reduce_mean(criterion(tf.one_hot(labels, config.NUM_CLASSES), predictions))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


def main():
    ds = tf.data.Dataset.load("data/gtsrb").shuffle(4096).batch(64)
    for epoch in range(20):
        for images, labels in ds:
            train_step(images, labels)


if __name__ == "__main__":
    main()
