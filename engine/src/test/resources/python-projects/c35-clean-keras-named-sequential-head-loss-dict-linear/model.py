from tensorflow import keras
from tensorflow.keras import layers


def head(units, name, activation=None):
    """A small MLP head, named so that compile() can address its output."""
    return keras.Sequential(
        [
            layers.Dense(256, activation="relu"),
            layers.Dropout(0.4),
            layers.Dense(units),
            layers.Activation(activation),
        ],
        name=name,
    )


def build(n_styles=25, n_artists=50):
    image = keras.Input((256, 256, 3))
    x = keras.applications.ResNet50(include_top=False, weights=None, pooling="avg")(image)
    style = head(n_styles, "style")(x)
    artist = head(n_artists, "artist")(x)
    return keras.Model(image, [style, artist])
