import tensorflow as tf


def lenet(num_classes, input_shape=(32, 32, 1)):
    """LeNet-5 as in the course notes."""
    return tf.keras.models.Sequential([
        tf.keras.layers.Conv2D(6, 5, activation=tf.nn.tanh, input_shape=input_shape),
        tf.keras.layers.AveragePooling2D(pool_size=2),
        tf.keras.layers.Conv2D(16, 5, activation=tf.nn.tanh),
        tf.keras.layers.AveragePooling2D(pool_size=2),
        tf.keras.layers.Flatten(),
        tf.keras.layers.Dense(120, activation=tf.nn.tanh),
        tf.keras.layers.Dense(84, activation=tf.nn.tanh),
        tf.keras.layers.Dense(num_classes, activation=tf.nn.softmax),
    ])
