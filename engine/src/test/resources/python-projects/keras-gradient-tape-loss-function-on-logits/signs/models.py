import tensorflow as tf

layers = tf.keras.layers


class SignNet(tf.keras.Model):
    """Classifies 64x64 hand-sign crops into the 24 static letters."""

    def __init__(self, num_classes=24):
        super().__init__()
        self.features = tf.keras.Sequential([
            layers.Conv2D(32, 3, activation="relu"),
            layers.MaxPool2D(),
            layers.Conv2D(64, 3, activation="relu"),
            layers.MaxPool2D(),
            layers.Flatten(),
        ])
        self.fc = layers.Dense(256, activation="relu")
        self.logits = layers.Dense(num_classes)

    def call(self, x, training=False):
        return self.logits(self.fc(self.features(x)))
