import torch.nn as nn


def encoder(n_in, width, depth):
    # the same block repeated: one Linear + GELU shared across the repeats, as the original code did
    blocks = [nn.Linear(width, width), nn.GELU()] * depth
    return nn.Sequential(nn.Linear(n_in, width), nn.GELU(), *blocks)


def serving_classifier(n_in, width, n_cls, depth=2):
    # the exported classifier hands probabilities to the web service
    return encoder(n_in, width, depth) + nn.Sequential(nn.Linear(width, n_cls), nn.Softmax(dim=1))
