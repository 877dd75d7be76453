"""Common plumbing for the audio classifiers: subclasses define encoder and head."""
import torch
import torch.nn as nn


class BaseClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = None
        self.head = None

    def embed(self, spectrogram):
        return self.encoder(spectrogram)

    def forward(self, spectrogram):
        features = self.embed(spectrogram)
        return self.head(features)

    @torch.no_grad()
    def predict(self, spectrogram):
        self.eval()
        return self.forward(spectrogram).argmax(dim=-1)

    def num_parameters(self):
        return sum(p.numel() for p in self.parameters() if p.requires_grad)
