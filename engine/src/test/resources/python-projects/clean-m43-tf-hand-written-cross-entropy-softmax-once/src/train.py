import tensorflow as tf

from model import make_classifier

N_CLASSES = 6
model = make_classifier(N_CLASSES)
optimizer = tf.keras.optimizers.Adam(1e-3)


def cross_entropy(labels, scores):
    onehot = tf.one_hot(labels, N_CLASSES)
    probs = tf.nn.softmax(scores, axis=-1)
    return -tf.reduce_mean(tf.reduce_sum(onehot * tf.math.log(probs + 1e-8), axis=-1))


@tf.function
def train_step(windows, labels):
    with tf.GradientTape() as tape:
        loss = cross_entropy(labels, model(windows, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


def train(dataset, epochs=10):
    for epoch in range(epochs):
        for windows, labels in dataset:
            loss = train_step(windows, labels)
        tf.print("epoch", epoch, "loss", loss)
