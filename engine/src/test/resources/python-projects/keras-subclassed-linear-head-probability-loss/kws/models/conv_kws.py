"""Keyword spotting on log-mel spectrograms."""
from keras import Model, layers


class KeywordSpotter(Model):
    """Depthwise-separable conv stack over (time, mel, 1) spectrograms."""

    def __init__(self, num_keywords=12, channels=64, **kwargs):
        super().__init__(**kwargs)
        self.convs = [
            layers.SeparableConv2D(channels, 3, padding="same", activation="relu"),
            layers.SeparableConv2D(channels, 3, padding="same", activation="relu"),
            layers.SeparableConv2D(channels * 2, 3, strides=2, padding="same", activation="relu"),
        ]
        self.pool = layers.GlobalAveragePooling2D()
        self.out = layers.Dense(num_keywords)

    def call(self, spectrogram):
        h = spectrogram
        for conv in self.convs:
            h = conv(h)
        return self.out(self.pool(h))
