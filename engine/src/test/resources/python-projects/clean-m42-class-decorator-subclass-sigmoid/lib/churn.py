from torch import nn

from .decorators import probability_output


@probability_output
class ChurnModel(nn.Module):
    """Scores how likely a customer is to leave next month."""

    def __init__(self, n_features=42):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(n_features, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, x):
        return self.mlp(x).squeeze(-1)
