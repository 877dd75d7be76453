import torch.nn as nn


class SignalNet(nn.Module):
    """A small 1-d CNN for EEG windows; `feature_layer` is the layer the domain-adaptation loss aligns."""

    def __init__(self, n_channels, n_classes, width=32):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_channels, width, kernel_size=7, padding=3),
            nn.BatchNorm1d(width),
            nn.ReLU(),
            nn.AdaptiveAvgPool1d(8),
            nn.Flatten(),
        )
        self.feature_layer = nn.Linear(width * 8, 64)
        self.head = nn.Sequential(
            nn.ReLU(),
            nn.Linear(64, n_classes),
            nn.Softmax(dim=1),
        )

    def forward(self, x, sample_weight=None):
        return self.head(self.feature_layer(self.conv(x)))
