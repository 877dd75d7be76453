from collections import OrderedDict

from torch import nn


def mlp_head(in_dim, hidden, n_outputs):
    """An MLP head with readable state-dict names: linear0, bn0, act0, ..., out, prob."""
    modules = OrderedDict()
    for i, width in enumerate(hidden):
        modules[f"linear{i}"] = nn.Linear(in_dim, width)
        modules[f"bn{i}"] = nn.BatchNorm1d(width)
        modules[f"act{i}"] = nn.SiLU()
        in_dim = width
    modules["out"] = nn.Linear(in_dim, n_outputs)
    modules["prob"] = nn.Sigmoid()
    return nn.Sequential(modules)
