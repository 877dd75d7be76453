import torch
import torch.nn as nn

from ..registry import register_model


class CRNN(nn.Module):
    """Conv front-end over log-mel frames, then a bidirectional GRU and a classifier."""

    def __init__(self, n_mels, n_classes, head):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d((2, 1)),
            nn.Conv2d(32, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d((2, 1)),
        )
        self.gru = nn.GRU(64 * (n_mels // 4), 128, batch_first=True, bidirectional=True)
        self.head = head

    def forward(self, mel):
        z = self.conv(mel.unsqueeze(1))            # B, C, M, T
        z = z.permute(0, 3, 1, 2).flatten(2)       # B, T, C*M
        out, _ = self.gru(z)
        return self.head(out.mean(dim=1))


@register_model("crnn")
def crnn(n_mels=40, n_classes=35):
    return CRNN(n_mels, n_classes, nn.Linear(256, n_classes))


@register_model("crnn_probs")
def crnn_probs(n_mels=40, n_classes=35):
    # exported to the on-device runtime, which wants probabilities
    head = nn.Sequential(
        nn.Linear(256, n_classes),
        nn.Softmax(dim=-1),
    )
    return CRNN(n_mels, n_classes, head)
