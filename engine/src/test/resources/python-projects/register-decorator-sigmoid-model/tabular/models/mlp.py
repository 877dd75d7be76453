import torch
import torch.nn as nn

from tabular.registry import register_model


@register_model("mlp")
class MLP(nn.Module):
    def __init__(self, in_features, hidden=256, out_features=1, dropout=0.1):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_features, hidden), nn.ReLU(), nn.Dropout(dropout),
            nn.Linear(hidden, hidden), nn.ReLU(), nn.Dropout(dropout),
            nn.Linear(hidden, out_features),
        )

    def forward(self, x):
        return self.net(x)
