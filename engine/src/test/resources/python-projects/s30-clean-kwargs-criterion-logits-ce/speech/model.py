from torch import nn


class WordSpotter(nn.Module):
    def __init__(self, n_words=35):
        super().__init__()
        self.features = nn.Sequential(nn.Conv1d(1, 64, 80, stride=16), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten())
        self.out = nn.Linear(64, n_words)

    def forward(self, wave):
        return self.out(self.features(wave))
