import tensorflow as tf

from config import NUM_CLASSES


class SignNet(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.features = tf.keras.Sequential([
            tf.keras.layers.Conv2D(32, 3, activation="relu"),
            tf.keras.layers.MaxPooling2D(),
            tf.keras.layers.Conv2D(64, 3, activation="relu"),
            tf.keras.layers.GlobalAveragePooling2D(),
        ])
        self.classifier = tf.keras.layers.Dense(NUM_CLASSES)

    def call(self, images, training=False):
        return self.classifier(self.features(images, training=training))
