from typing import Sequence

import flax.linen as nn


def make_mlp(widths: Sequence[int], n_classes: int, dropout: float = 0.0) -> nn.Sequential:
    layers = []
    for width in widths:
        layers.append(nn.Dense(width))
        layers.append(nn.gelu)
    layers.append(nn.Dense(n_classes))
    layers.append(nn.softmax)
    return nn.Sequential(layers)
