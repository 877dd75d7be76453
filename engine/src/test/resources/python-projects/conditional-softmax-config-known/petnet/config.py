"""Model configuration for the Oxford-IIIT Pet classifier (37 breeds)."""
from dataclasses import dataclass


@dataclass
class ModelConfig:
    num_classes: int = 37
    width: int = 64
    dropout: float = 0.2
    probs: bool = False  # return probabilities instead of logits
