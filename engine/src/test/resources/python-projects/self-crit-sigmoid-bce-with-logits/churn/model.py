"""Churn prediction: wide & deep model over one-hot and dense customer features."""
import torch
import torch.nn as nn


class WideAndDeep(nn.Module):
    def __init__(self, n_wide=120, n_deep=24):
        super().__init__()
        self.wide = nn.Linear(n_wide, 1)
        self.deep = nn.Sequential(nn.Linear(n_deep, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, wide_x, deep_x):
        score = self.wide(wide_x) + self.deep(deep_x)
        return score.sigmoid().squeeze(-1)
