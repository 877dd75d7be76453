"""A CIFAR-sized ResNet."""
import tensorflow as tf

from vision.models.blocks import ResidualBlock


class SmallResNet(tf.keras.Model):
    def __init__(self, num_classes, widths=(32, 64, 128), **kwargs):
        super().__init__(**kwargs)
        self.stem = tf.keras.layers.Conv2D(widths[0], 3, padding="same", activation="relu")
        self.stages = [ResidualBlock(w, stride=1 if i == 0 else 2) for i, w in enumerate(widths)]
        self.pool = tf.keras.layers.GlobalAveragePooling2D()
        self.fc = tf.keras.layers.Dense(num_classes)

    def call(self, images, training=False):
        x = self.stem(images)
        for stage in self.stages:
            x = stage(x, training=training)
        logits = self.fc(self.pool(x))
        return tf.nn.softmax(logits)
