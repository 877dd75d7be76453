import torch
import torch.nn as nn
import torch.nn.functional as F


class SharedHead(nn.Module):
    """Conv features, then one weight vector shared by all classes and a bias per class."""

    def __init__(self, n_classes: int, width: int = 16):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, width, 3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(4),
            nn.Flatten(),
        )
        self.score = nn.Linear(width * 16, 1, bias=False)
        self.class_bias = nn.Parameter(torch.zeros(n_classes))

    def forward(self, x):
        h = self.features(x)
        scores = self.score(h)
        scores = scores + self.class_bias  # (N, 1) + (K,) broadcasts to (N, K)
        return scores, F.softmax(scores, dim=1)
