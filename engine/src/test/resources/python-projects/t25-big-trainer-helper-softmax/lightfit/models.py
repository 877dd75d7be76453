import torch.nn as nn


class MLPClassifier(nn.Module):
    def __init__(self, n_in, n_classes, hidden=128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_in, hidden),
            nn.ReLU(),
            nn.Linear(hidden, n_classes),
            nn.Softmax(dim=1),
        )

    def forward(self, x):
        return self.net(x)
