from dataclasses import dataclass


@dataclass(frozen=True)
class TrainConfig:
    loss: str = "cross_entropy"
    lr: float = 1e-3
    hidden: int = 128
    classes: int = 6


DEFAULTS = TrainConfig()
