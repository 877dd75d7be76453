"""Input pipeline for the traffic-sign classifier: images and labels sliced separately, then zipped."""
import numpy as np
import tensorflow as tf

NUM_CLASSES = 43
AUTOTUNE = tf.data.AUTOTUNE


def _images(split):
    x = np.load(f"data/{split}_images.npy").astype("float32") / 255.0
    return tf.data.Dataset.from_tensor_slices(x)


def _labels(split):
    y = tf.keras.utils.to_categorical(np.load(f"data/{split}_labels.npy"), num_classes=NUM_CLASSES)
    return tf.data.Dataset.from_tensor_slices(y)


def make_dataset(split, batch_size=64, training=False):
    ds = tf.data.Dataset.zip((_images(split), _labels(split)))
    if training:
        ds = ds.shuffle(4096)
    return ds.batch(batch_size).prefetch(AUTOTUNE)
