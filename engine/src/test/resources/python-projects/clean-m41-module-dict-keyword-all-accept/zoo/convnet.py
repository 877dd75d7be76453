from typing import Any, List, Tuple

from tensorflow.keras import Sequential, layers

__all__ = ["ConvNet", "convnet_small", "convnet_wide"]


class ConvNet(Sequential):
    def __init__(
        self,
        widths: List[int],
        input_shape: Tuple[int, int, int],
        include_top: bool = False,
        num_classes: int = 10,
    ) -> None:
        blocks = [layers.InputLayer(input_shape=input_shape)]
        for width in widths:
            blocks.append(layers.Conv2D(width, 3, padding="same", activation="relu"))
            blocks.append(layers.MaxPooling2D())
        if include_top:
            blocks.extend([
                layers.GlobalAveragePooling2D(),
                layers.Dense(num_classes, activation="softmax"),
            ])
        super().__init__(blocks)


def _convnet(widths: List[int], **kwargs: Any) -> ConvNet:
    return ConvNet(widths, **kwargs)


def convnet_small(**kwargs: Any) -> ConvNet:
    return _convnet([32, 64], **kwargs)


def convnet_wide(**kwargs: Any) -> ConvNet:
    return _convnet([128, 256], **kwargs)
