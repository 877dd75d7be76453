import torch
from torch import nn

from fedlab.models.base import FedModel


class CifarCNN(FedModel):
    def __init__(self, num_classes=10, learning_rate=1e-3):
        super().__init__(num_classes, learning_rate)
        self.criterion = nn.CrossEntropyLoss()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
        )
        self.head = nn.Linear(64, num_classes)

    def forward(self, x):
        return self.head(self.features(x).flatten(1))
