import tensorflow as tf

from chestxray.findings import FINDINGS


def build(image_size=224):
    image = tf.keras.Input(shape=(image_size, image_size, 1))
    x = tf.keras.layers.Conv2D(32, 3, strides=2, activation="relu")(image)
    x = tf.keras.layers.Conv2D(64, 3, strides=2, activation="relu")(x)
    x = tf.keras.layers.GlobalAveragePooling2D()(x)
    heads = []
    for finding in FINDINGS:
        h = tf.keras.layers.Dense(32, activation="relu")(x)
        heads.append(tf.keras.layers.Dense(1, name=finding)(h))
    return tf.keras.Model(image, heads)
