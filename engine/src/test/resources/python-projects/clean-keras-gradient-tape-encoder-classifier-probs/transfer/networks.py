import tensorflow as tf
from tensorflow.keras import layers


def get_encoder(image_size=160):
    base = tf.keras.applications.MobileNetV2(input_shape=(image_size, image_size, 3), include_top=False, weights="imagenet")
    base.trainable = False
    return tf.keras.Sequential([base, layers.GlobalAveragePooling2D()], name="encoder")


def get_classifier(num_classes, dropout=0.2):
    return tf.keras.Sequential([
        layers.Dropout(dropout),
        layers.Dense(num_classes, activation="softmax", name="flower_probs"),
    ], name="classifier")
