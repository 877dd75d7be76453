import lightning.pytorch as pl
import torch
import torch.nn.functional as F
from torch import nn


class LitSpeech(pl.LightningModule):
    def __init__(self, n_mels=64, n_commands=35):
        super().__init__()
        self.save_hyperparameters()
        self.conv = nn.Sequential(nn.Conv1d(n_mels, 128, 5, padding=2), nn.ReLU(), nn.AdaptiveMaxPool1d(1))
        self.fc = nn.Linear(128, n_commands)

    def forward(self, mel):
        return F.softmax(self.fc(self.conv(mel).squeeze(-1)), dim=-1)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)
