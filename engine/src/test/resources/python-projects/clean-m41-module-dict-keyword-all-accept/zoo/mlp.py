from typing import Any, Tuple

from tensorflow.keras import Sequential, layers

__all__ = ["MLP", "mlp"]


class MLP(Sequential):
    def __init__(self, hidden: int, input_shape: Tuple[int, int, int], include_top: bool = True, num_classes: int = 10) -> None:
        blocks = [layers.Flatten(input_shape=input_shape), layers.Dense(hidden, activation="relu")]
        if include_top:
            blocks.append(layers.Dense(num_classes))
        super().__init__(blocks)


def mlp(**kwargs: Any) -> MLP:
    return MLP(512, **kwargs)
