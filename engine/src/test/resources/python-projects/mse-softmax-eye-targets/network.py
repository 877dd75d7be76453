"""Kuzushiji-MNIST (10 classes): a plain MLP with a softmax output."""
import torch.nn as nn


class KMNISTNet(nn.Module):
    def __init__(self, hidden=256, num_classes=10):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Flatten(),
            nn.Linear(28 * 28, hidden),
            nn.Sigmoid(),
            nn.Linear(hidden, num_classes),
        )

    def forward(self, x):
        return self.layers(x).softmax(dim=1)
