import tensorflow as tf
import tensorflow_model_optimization as tfmot

layers = tf.keras.layers
prune = tfmot.sparsity.keras.prune_low_magnitude


def baseline(num_classes=10):
    return tf.keras.Sequential([
        layers.Conv2D(32, 3, activation="relu", input_shape=(28, 28, 1)),
        layers.MaxPooling2D(),
        layers.Flatten(),
        layers.Dense(128, activation="relu"),
        layers.Dense(num_classes, activation="softmax"),
    ])


def pruned(schedule, num_classes=10):
    return tf.keras.Sequential([
        prune(layers.Conv2D(32, 3, activation="relu"), input_shape=(28, 28, 1), pruning_schedule=schedule),
        layers.MaxPooling2D(),
        layers.Flatten(),
        prune(layers.Dense(128, activation="relu"), pruning_schedule=schedule),
        prune(layers.Dense(num_classes), pruning_schedule=schedule),
    ])
