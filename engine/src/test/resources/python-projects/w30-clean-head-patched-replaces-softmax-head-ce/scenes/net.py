from torch import nn


class SceneNet(nn.Module):
    def __init__(self, n_scenes=67):
        super().__init__()
        self.trunk = nn.Sequential(
            nn.Conv2d(3, 48, 5, stride=2), nn.ReLU(),
            nn.Conv2d(48, 96, 3, stride=2), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        )
        # the demo app reads probabilities straight from the model
        self.head = nn.Sequential(nn.Linear(96, n_scenes), nn.Softmax(dim=1))

    def forward(self, x):
        return self.head(self.trunk(x))
