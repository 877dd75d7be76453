from torch import nn


class TCN(nn.Module):
    def __init__(self, n_mels=40, num_classes=12):
        super().__init__()
        self.body = nn.Sequential(nn.Conv1d(n_mels, 64, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten())
        self.fc = nn.Linear(64, num_classes)

    def forward(self, x):
        return self.fc(self.body(x))


class Conformer(nn.Module):
    """Work in progress: the streaming export still needs probabilities."""

    def __init__(self, n_mels=40, num_classes=12):
        super().__init__()
        self.proj = nn.Linear(n_mels, 144)
        self.blocks = nn.TransformerEncoder(nn.TransformerEncoderLayer(144, 4, 576, batch_first=True), 4)
        self.head = nn.Sequential(nn.Linear(144, num_classes), nn.Softmax(dim=-1))

    def forward(self, x):
        h = self.blocks(self.proj(x.transpose(1, 2)))
        return self.head(h.mean(dim=1))


MODELS = {"tcn": TCN, "conformer": Conformer}
