import torch.nn as nn


def make_head(in_dim, hidden, n_out, dropout=0.2):
    """Builds the head back to front so the output layer is fixed first."""
    layers = [nn.Linear(hidden, n_out), nn.Sigmoid()]
    layers.insert(0, nn.ReLU())
    layers.insert(0, nn.Dropout(dropout))
    layers.insert(0, nn.Linear(in_dim, hidden))
    return nn.Sequential(*layers)


class TabularNet(nn.Module):
    def __init__(self, n_features=24, n_out=1):
        super().__init__()
        self.bn = nn.BatchNorm1d(n_features)
        self.head = make_head(n_features, 64, n_out)

    def forward(self, x):
        return self.head(self.bn(x))
