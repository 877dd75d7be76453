from tensorflow import keras
from tensorflow.keras import layers


def residual_block(x, width, dropout):
    h = layers.Dense(width, activation="relu")(x)
    h = layers.Dropout(dropout)(h)
    h = layers.Dense(width)(h)
    return layers.Activation("relu")(layers.Add()([x, h]))


class ResidualMLP(keras.Model):
    """A functional model packaged as a class, as in the Keras guide on subclassing functional models."""

    def __init__(self, n_features, n_classes, width=128, depth=3, dropout=0.1, **kwargs):
        inputs = keras.Input(shape=(n_features,), name="features")
        x = layers.Dense(width, activation="relu")(inputs)
        for _ in range(depth):
            x = residual_block(x, width, dropout)
        outputs = layers.Dense(n_classes, activation="sigmoid", name="segment")(x)
        super().__init__(inputs, outputs, **kwargs)
        self.n_classes = n_classes

    def get_config(self):
        return {"n_classes": self.n_classes}
