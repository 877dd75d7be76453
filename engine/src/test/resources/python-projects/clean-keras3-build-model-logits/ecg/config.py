from dataclasses import dataclass


@dataclass(frozen=True)
class ModelConfig:
    signal_length: int = 1000
    leads: int = 12
    filters: int = 64
    kernel_size: int = 7
    num_rhythms: int = 9
    dropout: float = 0.5


@dataclass(frozen=True)
class TrainConfig:
    batch_size: int = 32
    epochs: int = 50
    learning_rate: float = 1e-3
