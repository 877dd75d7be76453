import torch.nn as nn
import torch.nn.functional as F


class FrameEncoder(nn.Module):
    def __init__(self, n_mels=40, n_speakers=50):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(n_mels, 128, 5), nn.ReLU(), nn.AdaptiveAvgPool1d(1))
        self.proj = nn.Linear(128, n_speakers)

    def forward(self, mel):
        return self.proj(self.conv(mel).squeeze(-1))


class PosteriorEncoder(FrameEncoder):
    """Speaker posteriors for the enrolment tool."""

    def forward(self, mel):
        return F.softmax(super().forward(mel), dim=-1)


class SpeakerNet(PosteriorEncoder):
    def __init__(self, n_mels=40, n_speakers=50):
        super().__init__(n_mels, n_speakers)
        self.augment = nn.Dropout(0.1)

    def forward(self, mel):
        return super().forward(self.augment(mel))
