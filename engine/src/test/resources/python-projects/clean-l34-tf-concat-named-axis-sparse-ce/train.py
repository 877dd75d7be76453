import tensorflow as tf

from gru_lm.scratch import ScratchGRU

VOCAB, HIDDEN = 28, 256

model = ScratchGRU(VOCAB, HIDDEN)
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
optimizer = tf.keras.optimizers.SGD(learning_rate=1.0)


def train_epoch(dataset):
    total, count = 0.0, 0
    for X, Y in dataset:
        H = tf.zeros((X.shape[0], HIDDEN))
        with tf.GradientTape() as tape:
            inputs = tf.one_hot(tf.transpose(X), VOCAB)
            y_hat, H = model(inputs, H)
            y = tf.reshape(tf.transpose(Y), (-1,))
            loss = loss_fn(y, y_hat)
        grads = tape.gradient(loss, model.trainable_variables)
        grads, _ = tf.clip_by_global_norm(grads, 1.0)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        total, count = total + float(loss), count + 1
    return total / count
