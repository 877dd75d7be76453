import tensorflow as tf

from utils.losses import segmentation_losses


def fit(model, dataset, steps, learning_rate=1e-4):
    optimizer = tf.keras.optimizers.Adam(learning_rate)
    ce_metric = tf.keras.metrics.Mean(name="ce")

    @tf.function
    def step(images, masks):
        with tf.GradientTape() as tape:
            logits = model(images, training=True)
            ce, dice_loss = segmentation_losses(logits, masks)
            total = ce + dice_loss
        grads = tape.gradient(total, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        ce_metric.update_state(ce)
        return total

    for i, (images, masks) in enumerate(dataset.take(steps)):
        loss = step(images, masks)
        if i % 100 == 0:
            tf.print("step", i, "loss", loss, "ce", ce_metric.result())
