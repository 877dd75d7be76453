from torch import nn


def make_mlp(n_in, n_classes, hidden=128, depth=3, dropout=0.1):
    """depth linear layers: an input layer, depth - 2 hidden blocks, and the classifier."""
    hidden_blocks = [nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Dropout(dropout)) for _ in range(depth - 2)]
    layers = [nn.Linear(n_in, hidden), nn.ReLU()] + hidden_blocks + [nn.Linear(hidden, n_classes), nn.Softmax(dim=1)]
    return nn.Sequential(*layers)
