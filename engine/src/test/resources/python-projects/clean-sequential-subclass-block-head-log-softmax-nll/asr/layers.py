from torch import nn


class ProjectionHead(nn.Sequential):
    """LayerNorm, dropout and the projection onto the phoneme inventory."""

    def __init__(self, d_model, n_phonemes, dropout=0.1):
        self.d_model = d_model
        super().__init__(
            nn.LayerNorm(d_model),
            nn.Dropout(dropout),
            nn.Linear(d_model, n_phonemes),
            nn.LogSoftmax(dim=-1),
        )


class FrameClassifier(nn.Module):
    def __init__(self, n_mels=80, d_model=256, n_phonemes=61):
        super().__init__()
        self.encoder = nn.LSTM(n_mels, d_model, num_layers=3, batch_first=True)
        self.head = ProjectionHead(d_model, n_phonemes)

    def forward(self, mels):
        frames, _ = self.encoder(mels)
        return self.head(frames)
