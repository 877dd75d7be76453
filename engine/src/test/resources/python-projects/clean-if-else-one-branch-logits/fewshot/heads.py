"""Classification heads for the base-class pre-training stage."""
import torch.nn as nn
import torch.nn.functional as F


class BaseClassifier(nn.Module):
    def __init__(self, encoder, feat_dim=640, num_classes=64, return_probs=False):
        super().__init__()
        self.encoder = encoder
        self.return_probs = return_probs
        self.linear = nn.Linear(feat_dim, num_classes)

    def forward(self, x):
        h = self.encoder(x)
        if self.return_probs:
            out = F.softmax(self.linear(h), dim=1)
        else:
            out = self.linear(h)
        return out
