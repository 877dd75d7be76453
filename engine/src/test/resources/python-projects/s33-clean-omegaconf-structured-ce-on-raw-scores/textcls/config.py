from dataclasses import dataclass, field


@dataclass
class ModelConfig:
    vocab_size: int = 8000
    embed_dim: int = 128
    num_classes: int = 6


@dataclass
class TrainConfig:
    criterion: str = "ce"
    lr: float = 5e-4
    epochs: int = 10
    model: ModelConfig = field(default_factory=ModelConfig)
