import tensorflow as tf

from ctr.model import click_model

SMOOTH = 1e-6


def log_loss(clicked, p):
    ll = clicked * tf.math.log(p + SMOOTH) + (1.0 - clicked) * tf.math.log(1.0 - p + SMOOTH)
    return -tf.reduce_mean(ll)


def fit(dataset, n_features, epochs=3):
    model = click_model(n_features)
    opt = tf.keras.optimizers.Adagrad(0.05)
    for _ in range(epochs):
        for features, clicked in dataset:
            with tf.GradientTape() as tape:
                loss = log_loss(clicked, model(features, training=True))
            opt.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
    return model
