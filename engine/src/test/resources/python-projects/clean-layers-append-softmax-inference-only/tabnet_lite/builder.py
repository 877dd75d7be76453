"""Builds MLP classifiers from a list of hidden sizes."""
import torch.nn as nn


def build_mlp(in_features, hidden_sizes, num_classes, dropout=0.1):
    layers = []
    prev = in_features
    for width in hidden_sizes:
        layers.append(nn.Linear(prev, width))
        layers += [nn.ReLU(), nn.Dropout(dropout)]
        prev = width
    layers.append(nn.Linear(prev, num_classes))
    return nn.Sequential(*layers)


def with_probabilities(model):
    """Wraps a trained classifier for serving: appends a softmax."""
    layers = list(model.children())
    layers.append(nn.Softmax(1))
    return nn.Sequential(*layers)
