import flax.linen as nn


def make_classifier(num_classes):
    return nn.Sequential([
        nn.Dense(512),
        nn.gelu,
        nn.Dense(256),
        nn.gelu,
        nn.Dense(num_classes),
        nn.softmax,
    ])
