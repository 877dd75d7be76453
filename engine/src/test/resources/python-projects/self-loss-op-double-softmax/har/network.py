import torch.nn as nn


class ConvLSTM(nn.Module):
    def __init__(self, channels=3, hidden=64, num_activities=6):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(channels, 32, 5, padding=2), nn.ReLU(), nn.Conv1d(32, 32, 5, padding=2), nn.ReLU())
        self.lstm = nn.LSTM(32, hidden, batch_first=True)
        self.dense = nn.Linear(hidden, num_activities)
        self.softmax = nn.Softmax(dim=-1)

    def forward(self, window):
        h = self.conv(window).transpose(1, 2)
        _, (h_n, _) = self.lstm(h)
        x = self.dense(h_n[-1])
        return self.softmax(x)
