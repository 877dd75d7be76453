"""Shared forward for the image classifiers: subclasses define features and classifier."""
import torch
import torch.nn as nn


class ImageClassifier(nn.Module):
    features: nn.Module
    classifier: nn.Module

    def forward(self, x):
        x = self.features(x)
        x = torch.flatten(x, 1)
        x = self.classifier(x)
        return torch.softmax(x, dim=1)

    def num_parameters(self):
        return sum(p.numel() for p in self.parameters())
