import torch
from skorch import NeuralNet

from tabnet import TabularMLP


def make_net(n_in):
    return NeuralNet(
        TabularMLP,
        module__n_in=n_in,
        module__probabilities=False,
        criterion=torch.nn.CrossEntropyLoss,
        max_epochs=25,
        lr=0.01,
    )
