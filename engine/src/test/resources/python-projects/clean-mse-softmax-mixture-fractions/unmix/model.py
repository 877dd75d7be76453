"""Hyperspectral unmixing: predict the fraction of each endmember in a pixel.

The fractions are non-negative and sum to one, so the output is a softmax, and the
targets are measured abundances (a regression on the simplex), not class labels.
"""
import torch.nn as nn


class AbundanceNet(nn.Module):
    def __init__(self, n_bands=224, n_endmembers=4):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Linear(n_bands, 128), nn.LeakyReLU(0.1),
            nn.Linear(128, 64), nn.LeakyReLU(0.1),
            nn.Linear(64, n_endmembers),
        )

    def forward(self, spectrum):
        return self.encoder(spectrum).softmax(dim=-1)
