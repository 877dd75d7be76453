import torch
from torch import nn


class ChurnNet(nn.Module):
    """Three-layer MLP over the encoded customer features."""

    def __init__(self, in_features: int, num_classes: int = 3, hidden: int = 128, dropout: float = 0.2):
        super().__init__()
        self.body = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
        )
        self.head = nn.Linear(hidden, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        logits = self.head(self.body(x))
        return torch.softmax(logits, dim=-1)
