import torch.nn as nn
from torchvision import models


class FrameEncoder(nn.Module):
    def __init__(self, latent_dim):
        super().__init__()
        self.cnn = models.resnet50(pretrained=True)
        for p in self.cnn.parameters():
            p.requires_grad = False
        self.cnn.fc = nn.Linear(self.cnn.fc.in_features, latent_dim)

    def forward(self, x):
        return self.cnn(x)


class ConvLSTM(nn.Module):
    """Long-term recurrent convolutional network: a frozen CNN per frame, an LSTM over the clip, one label per clip."""

    def __init__(self, latent_dim=512, hidden_size=256, lstm_layers=2, bidirectional=True, n_class=101):
        super().__init__()
        self.encoder = FrameEncoder(latent_dim)
        self.lstm = nn.LSTM(latent_dim, hidden_size, lstm_layers, batch_first=True, bidirectional=bidirectional)
        self.head = nn.Linear(2 * hidden_size if bidirectional else hidden_size, n_class)
        self.hidden = None

    def reset_hidden_state(self):
        self.hidden = None

    def forward(self, x):
        b, t, c, h, w = x.shape
        feats = self.encoder(x.view(b * t, c, h, w)).view(b, t, -1)
        out, self.hidden = self.lstm(feats, self.hidden)
        return self.head(out[:, -1, :])
