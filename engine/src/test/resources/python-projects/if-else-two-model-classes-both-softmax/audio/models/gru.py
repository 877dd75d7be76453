import torch.nn as nn
import torch.nn.functional as F


class SpectrogramGRU(nn.Module):
    def __init__(self, n_mels=40, hidden=128, n_keywords=12):
        super().__init__()
        self.rnn = nn.GRU(n_mels, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_keywords)

    def forward(self, x):
        seq = x.squeeze(1).transpose(1, 2)
        out, _ = self.rnn(seq)
        z = self.fc(out[:, -1])
        return F.softmax(z, dim=-1)
