import torch.nn as nn


def build_model(cfg):
    return nn.Sequential(
        nn.Linear(40, cfg.hidden), nn.ReLU(),
        nn.Linear(cfg.hidden, cfg.n_classes),
    )


def build_loss(cfg):
    if cfg.loss == "nll":
        return nn.NLLLoss()
    return nn.CrossEntropyLoss()
