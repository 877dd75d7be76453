import tensorflow as tf
from tensorflow.keras import layers


def build_detector(input_shape=(128, 128, 1), base=16):
    inputs = tf.keras.Input(shape=input_shape)
    x = inputs
    for mult in (1, 2, 4):
        x = layers.Conv2D(base * mult, 3, padding="same", activation="relu")(x)
        x = layers.BatchNormalization()(x)
        x = layers.MaxPooling2D()(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(0.3)(x)
    outputs = layers.Dense(1, name="defect")(x)
    return tf.keras.Model(inputs, outputs, name="defect_detector")
