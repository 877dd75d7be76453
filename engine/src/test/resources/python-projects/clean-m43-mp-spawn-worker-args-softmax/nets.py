from torch import nn


def classifier(width, n_classes, head):
    layers = [nn.Flatten(), nn.Linear(3 * 32 * 32, width), nn.ReLU(), nn.Linear(width, n_classes)]
    if head == "softmax":
        layers.append(nn.Softmax(dim=1))
    return nn.Sequential(*layers)
