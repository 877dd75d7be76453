import torch.nn as nn


class LinearSVM(nn.Module):
    """A linear max-margin classifier: one score per example, its sign the class."""

    def __init__(self, n_features):
        super().__init__()
        self.fc = nn.Linear(n_features, 1)

    def forward(self, x):
        return self.fc(x).squeeze(-1)
