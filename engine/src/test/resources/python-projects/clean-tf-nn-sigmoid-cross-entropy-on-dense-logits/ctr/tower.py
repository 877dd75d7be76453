import tensorflow as tf


class ClickTower(tf.Module):
    """Click-through model: embeddings of the ad and the user, two dense layers, one logit."""

    def __init__(self, dim=32):
        super().__init__()
        self.hidden = tf.keras.layers.Dense(64, activation="relu")
        self.out = tf.keras.layers.Dense(1)

    def __call__(self, features):
        return self.out(self.hidden(features))
