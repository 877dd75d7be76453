import torch.nn as nn


def make_network(n_features: int, hidden: int = 64) -> nn.Module:
    return nn.Sequential(
        nn.Linear(n_features, hidden),
        nn.BatchNorm1d(hidden),
        nn.ReLU(),
        nn.Linear(hidden, 1),
    )
