import torch.nn as nn


def make_mlp(in_dim, hidden, out_dim, out_act=None, dropout=0.0):
    layers = [nn.Linear(in_dim, hidden), nn.ReLU(), nn.Dropout(dropout), nn.Linear(hidden, out_dim)]
    if out_act == "softmax":
        layers.append(nn.Softmax(dim=-1))
    return nn.Sequential(*layers)


def from_spec(spec):
    """Builds the model a spec describes for training: raw scores, the softmax is applied by predict()."""
    spec = dict(spec)
    print("building", spec["name"])
    del spec["name"], spec["out_act"]
    return make_mlp(**spec)


def predict(model, x):
    return model(x).softmax(dim=-1)
