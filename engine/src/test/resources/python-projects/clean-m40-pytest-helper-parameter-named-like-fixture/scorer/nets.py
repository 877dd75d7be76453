import torch.nn as nn


def scorer(classes=4, probabilities=False):
    layers = [nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, classes)]
    if probabilities:
        layers.append(nn.Softmax(dim=1))
    return nn.Sequential(*layers)
