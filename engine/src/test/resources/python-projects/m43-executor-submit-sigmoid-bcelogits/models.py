import torch.nn as nn


def make_detector(width, n_labels=6):
    return nn.Sequential(
        nn.Linear(40, width),
        nn.ReLU(),
        nn.Linear(width, n_labels),
        nn.Sigmoid(),
    )
