import torch.nn as nn


class DigitNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 16, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten())
        self.fc = nn.Linear(16 * 13 * 13, 10)
        self.out = nn.Softmax(dim=1)

    def forward(self, x):
        return self.out(self.fc(self.features(x)))
