from torch import nn


class RhythmNet(nn.Module):
    def __init__(self, n_rhythms=5):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(1, 32, 7, padding=3), nn.ReLU(), nn.MaxPool1d(2),
            nn.Conv1d(32, 64, 5, padding=2), nn.ReLU(), nn.AdaptiveMaxPool1d(1), nn.Flatten(),
        )
        self.out = nn.Linear(64, n_rhythms)
        self.act = nn.Softmax(dim=-1)

    def forward(self, x):
        return self.act(self.out(self.conv(x)))
