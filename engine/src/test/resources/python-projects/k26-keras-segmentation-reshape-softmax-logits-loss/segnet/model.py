import tensorflow as tf

from segnet.blocks import ConvBlock, UpBlock


class SegNet(tf.keras.Model):
    """Encoder-decoder for binary masks (background / foreground), two channels out."""

    def __init__(self, n_classes=2, width=32):
        super().__init__()
        self.down = [ConvBlock(width * 2 ** i) for i in range(4)]
        self.up = [UpBlock(width * 2 ** i) for i in reversed(range(3))]
        self.head = tf.keras.layers.Conv2D(n_classes, 1, padding="same")

    def call(self, images, training=False):
        skips = []
        x = images
        for block in self.down:
            x, skip = block(x, training=training)
            skips.append(skip)
        skips.pop()
        for block in self.up:
            x = block(x, skips.pop(), training=training)
        out = self.head(x)
        return tf.keras.activations.softmax(out, axis=-1)
