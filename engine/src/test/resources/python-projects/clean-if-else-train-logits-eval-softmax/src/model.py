"""Keyword-spotting CNN (Speech Commands, 12 classes)."""
import torch.nn as nn


class KWSNet(nn.Module):
    def __init__(self, n_mfcc=40, num_classes=12):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 64, (20, 8)),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(64, 64, (10, 4)),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
            nn.Flatten(),
        )
        self.classifier = nn.Linear(64, num_classes)

    def forward(self, mfcc):
        logits = self.classifier(self.features(mfcc))
        if self.training:
            return logits
        else:
            # exported graph for the device returns calibrated probabilities
            return logits.softmax(dim=-1)
