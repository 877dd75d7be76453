import numpy as np
import tensorflow as tf
from tensorflow import keras

NUM_CLASSES = 10


def make_model():
    inputs = keras.Input(shape=(28, 28, 1))
    x = keras.layers.Conv2D(32, 3, activation="relu")(inputs)
    x = keras.layers.MaxPooling2D()(x)
    x = keras.layers.Flatten()(x)
    x = keras.layers.Dense(128, activation="relu")(x)
    outputs = keras.layers.Dense(NUM_CLASSES, activation="softmax")(x)
    return keras.Model(inputs, outputs)


model = make_model()
optimizer = keras.optimizers.Adam(1e-3)
loss_fn = keras.losses.CategoricalCrossentropy()
acc = keras.metrics.CategoricalAccuracy()


@tf.function
def train_step(images, labels):
    targets = tf.cast(tf.one_hot(labels, depth=NUM_CLASSES), tf.float32)
    with tf.GradientTape() as tape:
        probs = model(images, training=True)
        loss = loss_fn(targets, probs)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    acc.update_state(targets, probs)
    return loss


def main():
    (x_train, y_train), _ = keras.datasets.mnist.load_data()
    x_train = (x_train[..., None] / 255.0).astype("float32")
    ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(10000).batch(64)
    for epoch in range(5):
        for images, labels in ds:
            loss = train_step(images, labels)
        print(epoch, float(loss), float(acc.result()))


if __name__ == "__main__":
    main()
