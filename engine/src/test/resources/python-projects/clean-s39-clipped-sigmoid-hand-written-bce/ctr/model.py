import torch
import torch.nn as nn


class WideAndDeep(nn.Module):
    def __init__(self, n_wide, n_deep):
        super().__init__()
        self.wide = nn.Linear(n_wide, 1)
        self.deep = nn.Sequential(nn.Linear(n_deep, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, wide_x, deep_x):
        return (self.wide(wide_x) + self.deep(deep_x)).squeeze(-1)


def click_probability(logit, eps=1e-6):
    return torch.sigmoid(logit).clamp(eps, 1 - eps)
