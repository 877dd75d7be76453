from torch import nn


def conv_block(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.BatchNorm2d(cout), nn.ReLU(), nn.MaxPool2d(2))


def build_tagger(channels=(1, 32, 64, 128), n_tags=527):
    return nn.Sequential(
        *[conv_block(a, b) for a, b in zip(channels[:-1], channels[1:])],
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(channels[-1], n_tags),
    )
