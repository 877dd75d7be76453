import torch.nn as nn


def mlp(n_in, n_classes):
    return nn.Sequential(nn.Linear(n_in, 256), nn.ReLU(), nn.Linear(256, n_classes))


def deep_mlp(n_in, n_classes):
    return nn.Sequential(
        nn.Linear(n_in, 512), nn.ReLU(),
        nn.Linear(512, 256), nn.ReLU(),
        nn.Linear(256, n_classes),
    )


MODELS = {"mlp": mlp, "deep_mlp": deep_mlp}


def build(name, n_in, n_classes):
    factory = MODELS.get(name)
    if factory is None:
        raise KeyError(name)
    return factory(n_in, n_classes)
