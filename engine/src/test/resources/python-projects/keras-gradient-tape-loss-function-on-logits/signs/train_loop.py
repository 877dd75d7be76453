import tensorflow as tf

from signs.models import SignNet


def train(dataset, epochs=10, lr=1e-3):
    """dataset yields (images, one_hot_letters)."""
    model = SignNet()
    optimizer = tf.keras.optimizers.SGD(learning_rate=lr, momentum=0.9)
    for epoch in range(epochs):
        total = 0.0
        for images, one_hot in dataset:
            with tf.GradientTape() as tape:
                logits = model(images, training=True)
                loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(one_hot, logits))
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply_gradients(zip(grads, model.trainable_variables))
            total += float(loss)
        print("epoch", epoch, "loss", total)
    return model
