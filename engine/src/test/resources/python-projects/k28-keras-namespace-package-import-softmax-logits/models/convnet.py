import tensorflow as tf


def build_convnet(num_classes, width=32):
    return tf.keras.Sequential([
        tf.keras.layers.Conv2D(width, 3, activation="relu", input_shape=(32, 32, 3)),
        tf.keras.layers.MaxPooling2D(),
        tf.keras.layers.Conv2D(2 * width, 3, activation="relu"),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(num_classes, activation="softmax"),
    ])
