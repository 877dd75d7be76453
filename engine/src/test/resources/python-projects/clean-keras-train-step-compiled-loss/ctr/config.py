from dataclasses import dataclass, field
from typing import Tuple


@dataclass
class WideDeepConfig:
    num_features: int = 39
    vocab_size: int = 100_000
    embed_dim: int = 16
    hidden: Tuple[int, ...] = (400, 400, 400)
    dropout: float = 0.2
    learning_rate: float = 1e-3
    batch_size: int = 4096
    epochs: int = 3
    tags: list = field(default_factory=list)
