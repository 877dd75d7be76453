import torch.nn as nn


def make_mlp(in_features, num_classes, hidden=512):
    return nn.Sequential(
        nn.Linear(in_features, hidden),
        nn.GELU(),
        nn.LayerNorm(hidden),
        nn.Linear(hidden, num_classes),
        nn.Softmax(dim=-1),
    )
