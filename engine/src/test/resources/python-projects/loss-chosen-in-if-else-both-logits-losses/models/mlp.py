"""Tabular MLP for the forest cover-type dataset (7 classes)."""
import torch.nn as nn


def make_mlp(in_features=54, hidden=(256, 128), num_classes=7, dropout=0.2):
    return nn.Sequential(
        nn.Linear(in_features, hidden[0]),
        nn.ReLU(),
        nn.Dropout(dropout),
        nn.Linear(hidden[0], hidden[1]),
        nn.ReLU(),
        nn.Linear(hidden[1], num_classes),
        nn.Softmax(dim=-1),
    )
