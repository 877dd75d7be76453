"""A small glyph classifier: class probabilities only when predicting."""
import tensorflow as tf
from tensorflow.keras import Model, layers


class GlyphNet(Model):
    def __init__(self, n_glyphs, width=256):
        super().__init__(name="glyph_net")
        self.conv = layers.Conv2D(32, 3, activation="relu")
        self.pool = layers.MaxPool2D()
        self.flat = layers.Flatten()
        self.hidden = layers.Dense(width, activation="relu")
        self.drop = layers.Dropout(0.4)
        self.head = layers.Dense(n_glyphs)

    def call(self, images, is_training=False):
        h = self.pool(self.conv(images))
        h = self.drop(self.hidden(self.flat(h)), training=is_training)
        scores = self.head(h)
        if not is_training:
            # the loss below takes raw scores, so probabilities are for prediction only
            scores = tf.nn.softmax(scores)
        return scores
