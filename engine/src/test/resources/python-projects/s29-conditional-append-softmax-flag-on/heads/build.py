import os

from torch import nn

from .config import ClassifierConfig


def build_classifier(cfg: ClassifierConfig) -> nn.Sequential:
    layers = [nn.Dropout(cfg.dropout)]
    layers.append(nn.Linear(cfg.in_features, cfg.num_classes))
    if cfg.probabilities:
        layers.append(nn.Softmax(dim=1))
    return nn.Sequential(*layers)
