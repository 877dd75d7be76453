from torch import nn


def make_head(in_dim, n_classes):
    head = [nn.Linear(in_dim, 128), nn.ReLU(), nn.Linear(128, n_classes), nn.Identity()]
    head[-1] = nn.LogSoftmax(dim=1)
    return nn.Sequential(*head)
