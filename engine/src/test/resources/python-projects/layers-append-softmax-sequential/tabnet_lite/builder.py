"""Builds MLP classifiers from a list of hidden sizes."""
import torch.nn as nn


def build_mlp(in_features, hidden_sizes, num_classes, dropout=0.1, batch_norm=True):
    layers = []
    prev = in_features
    for width in hidden_sizes:
        layers.append(nn.Linear(prev, width))
        if batch_norm:
            layers.append(nn.BatchNorm1d(width))
        layers += [nn.ReLU(), nn.Dropout(dropout)]
        prev = width
    layers.append(nn.Linear(prev, num_classes))
    layers.append(nn.Softmax(1))
    return nn.Sequential(*layers)
