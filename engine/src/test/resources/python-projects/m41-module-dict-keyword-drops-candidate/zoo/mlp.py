from typing import Any, Tuple

from tensorflow.keras import Sequential, layers

__all__ = ["MLP", "mlp"]


class MLP(Sequential):
    def __init__(self, hidden: int, input_shape: Tuple[int, int, int], num_classes: int = 10) -> None:
        super().__init__([
            layers.Flatten(input_shape=input_shape),
            layers.Dense(hidden, activation="relu"),
            layers.Dense(num_classes),
        ])


def mlp(**kwargs: Any) -> MLP:
    return MLP(512, **kwargs)
