from torch import nn


def build_classifier(in_dim, n_classes, depth=2, width=256, with_probs=False):
    layers = [nn.Linear(in_dim, width), nn.GELU()]
    for _ in range(depth - 1):
        layers.extend([nn.Linear(width, width), nn.GELU()])
    head = nn.Linear(width, n_classes)
    if with_probs:
        return nn.Sequential(*layers, head, nn.Softmax(dim=-1))
    return nn.Sequential(*layers, head)
