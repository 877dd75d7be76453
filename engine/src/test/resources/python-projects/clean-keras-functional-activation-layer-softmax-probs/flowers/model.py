import tensorflow as tf
from tensorflow.keras import layers


def build_flower_net(num_classes=5, image_size=(180, 180)):
    inputs = tf.keras.Input(shape=image_size + (3,))
    x = layers.Rescaling(1.0 / 255)(inputs)
    for filters in (32, 64, 128):
        x = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
        x = layers.MaxPooling2D()(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(0.3)(x)
    x = layers.Dense(num_classes, name="logits")(x)
    outputs = layers.Activation("softmax", name="probs")(x)
    return tf.keras.Model(inputs, outputs, name="flower_net")
