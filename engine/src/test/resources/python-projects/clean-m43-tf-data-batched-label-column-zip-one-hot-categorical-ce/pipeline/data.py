import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def make_train(images, labels, n_classes, batch_size=64):
    """Images and labels as two columns, each batched on its own, then zipped into (x, y) batches."""
    xs = tf.data.Dataset.from_tensor_slices(images).map(lambda im: tf.cast(im, tf.float32) / 255.0).batch(batch_size)
    ys = tf.data.Dataset.from_tensor_slices(tf.keras.utils.to_categorical(labels, n_classes)).batch(batch_size)
    return tf.data.Dataset.zip((xs, ys)).prefetch(AUTOTUNE)
