from collections import OrderedDict

import torch.nn as nn


def build_scorer(n_features, hidden=64):
    """Transaction fraud scorer; named modules keep the checkpoint keys stable across versions."""
    return nn.Sequential(OrderedDict(
        bn=nn.BatchNorm1d(n_features),
        fc1=nn.Linear(n_features, hidden),
        act1=nn.LeakyReLU(0.1),
        fc2=nn.Linear(hidden, hidden),
        act2=nn.LeakyReLU(0.1),
        out=nn.Linear(hidden, 1),
        prob=nn.Sigmoid(),
    ))
