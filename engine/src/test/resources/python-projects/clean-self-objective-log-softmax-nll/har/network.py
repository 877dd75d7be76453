import torch.nn as nn


class ConvNet1D(nn.Module):
    def __init__(self, channels=3, num_activities=6):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv1d(channels, 64, 5, padding=2),
            nn.ReLU(),
            nn.AdaptiveMaxPool1d(1),
            nn.Flatten(),
            nn.Linear(64, num_activities),
            nn.LogSoftmax(dim=1),
        )

    def forward(self, window):
        return self.body(window)
