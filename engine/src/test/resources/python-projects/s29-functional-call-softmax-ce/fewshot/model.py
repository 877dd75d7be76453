from torch import nn


class ProtoCNN(nn.Module):
    def __init__(self, n_way=5):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
        )
        self.head = nn.Sequential(nn.LazyLinear(n_way), nn.Softmax(dim=-1))

    def forward(self, x):
        return self.head(self.encoder(x))
