import torch.nn as nn


def mlp(dim, depth=2):
    layers = []
    for _ in range(depth):
        layers += [nn.Linear(dim, dim), nn.ReLU()]
    return nn.Sequential(*layers)


def residual(block, x):
    return x + block(x)
