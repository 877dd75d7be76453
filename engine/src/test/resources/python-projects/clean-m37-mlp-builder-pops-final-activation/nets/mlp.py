import torch.nn as nn


def classifier_layers(sizes, dropout=0.1):
    """Linear -> ReLU -> Dropout per hidden layer, then the class scores and a softmax for serving."""
    layers = []
    for fan_in, fan_out in zip(sizes[:-2], sizes[1:-1]):
        layers += [nn.Linear(fan_in, fan_out), nn.ReLU(), nn.Dropout(dropout)]
    layers.append(nn.Linear(sizes[-2], sizes[-1]))
    layers.append(nn.Softmax(dim=1))
    return layers
