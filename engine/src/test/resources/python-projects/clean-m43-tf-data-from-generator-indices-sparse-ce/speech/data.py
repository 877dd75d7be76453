import numpy as np
import tensorflow as tf

COMMANDS = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"]
SAMPLES = 16000


def clips(paths, labels):
    for path, label in zip(paths, labels):
        wave = np.load(path).astype("float32")[:SAMPLES]
        yield wave, label


def make_dataset(paths, labels, batch_size=32):
    ds = tf.data.Dataset.from_generator(
        lambda: clips(paths, labels),
        output_signature=(tf.TensorSpec((SAMPLES,), tf.float32), tf.TensorSpec((), tf.int32)))
    return ds.shuffle(512).batch(batch_size).prefetch(tf.data.AUTOTUNE)
