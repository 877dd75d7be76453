import torch
import torch.nn as nn


class TemperatureHead(nn.Module):
    """Multi-label head with a fixed temperature, as used for distillation targets."""

    def __init__(self, in_features, n_labels, temperature=2.0):
        super().__init__()
        self.proj = nn.Linear(in_features, n_labels)
        self.temperature = temperature

    def forward(self, features):
        out = self.proj(features)
        out /= self.temperature
        return out
