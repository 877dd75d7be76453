from dataclasses import dataclass, field

from torch import nn


@dataclass
class FitSettings:
    epochs: int = 15
    lr: float = 1e-3
    batch_size: int = 256
    loss: nn.Module = field(default_factory=nn.BCEWithLogitsLoss)
    tags: list = field(default_factory=list)
