import torch.nn as nn


class ClassifierMLP(nn.Module):
    def __init__(self, input_dim, num_classes, hidden=100, layers=2):
        super().__init__()
        blocks = []
        width = input_dim
        for _ in range(layers):
            blocks += [nn.Linear(width, hidden), nn.ReLU()]
            width = hidden
        self.mlp = nn.Sequential(
            *blocks,
            nn.Linear(hidden, 1 if num_classes == 2 else num_classes),
            nn.Sigmoid(),
        )

    def forward(self, x):
        return self.mlp(x).squeeze(-1)
