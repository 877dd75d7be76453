import torch.nn as nn


def make_mlp(in_dim, hidden, out_dim, out_act=None, dropout=0.0):
    layers = [nn.Linear(in_dim, hidden), nn.ReLU(), nn.Dropout(dropout), nn.Linear(hidden, out_dim)]
    if out_act == "softmax":
        layers.append(nn.Softmax(dim=-1))
    return nn.Sequential(*layers)


def from_spec(spec):
    """Builds the model a spec describes; its 'name' is for the logs only."""
    spec = dict(spec)
    print("building", spec["name"])
    del spec["name"]
    return make_mlp(**spec)
