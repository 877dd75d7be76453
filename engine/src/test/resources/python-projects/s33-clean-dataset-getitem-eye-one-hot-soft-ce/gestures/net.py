from torch import nn


class GestureNet(nn.Module):
    def __init__(self, n_in=300, n_out=8):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(n_in, 128), nn.ReLU(),
            nn.Linear(128, n_out),
        )

    def forward(self, x):
        return self.layers(x)
