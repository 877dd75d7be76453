import torch.nn as nn


def defect_net(channels=(16, 32, 64), num_defects=6):
    """Multi-label surface-defect detector over 200x200 grey crops."""
    layers = []
    cin = 1
    for cout in channels:
        layers += [nn.Conv2d(cin, cout, 3, padding=1), nn.BatchNorm2d(cout), nn.ReLU(), nn.MaxPool2d(2)]
        cin = cout
    return nn.Sequential(
        *layers,
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(cin, num_defects),
        nn.Sigmoid(),
    )
