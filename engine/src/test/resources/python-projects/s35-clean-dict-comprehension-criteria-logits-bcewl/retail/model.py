import torch
from torch import nn


class BasketModel(nn.Module):
    def __init__(self, n_in=40, n_categories=9):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(n_in, 64), nn.ReLU())
        self.will_return = nn.Linear(64, 1)
        self.category = nn.Linear(64, n_categories)

    def forward(self, x):
        h = self.trunk(x)
        return {"will_return": self.will_return(h).squeeze(-1), "category": self.category(h)}
