from torch import nn


def frequency_net(n_in: int, hidden: int = 64) -> nn.Sequential:
    """Expected claim count per policy; Flatten(0) turns the (N, 1) column into N rates."""
    return nn.Sequential(
        nn.Linear(n_in, hidden),
        nn.ReLU(),
        nn.Linear(hidden, 1),
        nn.Softplus(),
        nn.Flatten(0),
    )
