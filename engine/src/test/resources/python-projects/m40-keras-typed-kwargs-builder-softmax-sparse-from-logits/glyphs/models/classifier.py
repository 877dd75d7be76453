from typing import Any, Tuple

from tensorflow import keras
from tensorflow.keras import layers


class GlyphClassifier(keras.Sequential):
    """A small convolutional trunk; with include_top it ends in a class head."""

    def __init__(self, input_shape: Tuple[int, int, int], include_top: bool = False, num_classes: int = 62) -> None:
        stack = [
            layers.Conv2D(32, 3, padding="same", activation="relu", input_shape=input_shape),
            layers.MaxPooling2D(),
            layers.Conv2D(64, 3, padding="same", activation="relu"),
        ]
        if include_top:
            stack += [
                layers.GlobalAveragePooling2D(),
                layers.Dense(num_classes, activation="softmax"),
            ]
        super().__init__(stack)


def glyph_classifier(input_shape: Tuple[int, int, int] = (32, 32, 1), **kwargs: Any) -> GlyphClassifier:
    return GlyphClassifier(input_shape, **kwargs)
