import torch.nn as nn


def build_model(num_classes):
    layers = [nn.Conv2d(3, 32, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, num_classes)]
    layers.append(nn.Softmax(dim=1))
    return nn.Sequential(*layers)
