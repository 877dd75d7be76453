from torch import nn


class SensorClassifier(nn.Module):
    def __init__(self, n_sensors=52, hidden=96):
        super().__init__()
        self.lstm = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, window):
        out, _ = self.lstm(window)
        return self.fc(out[:, -1]).squeeze(-1)
