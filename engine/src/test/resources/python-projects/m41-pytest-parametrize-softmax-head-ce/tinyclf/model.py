import torch.nn as nn


def build_classifier(in_features, hidden, n_classes, activation=None):
    layers = [nn.Linear(in_features, hidden), nn.ReLU(), nn.Linear(hidden, n_classes)]
    if activation is not None:
        layers.append(activation)
    return nn.Sequential(*layers)
