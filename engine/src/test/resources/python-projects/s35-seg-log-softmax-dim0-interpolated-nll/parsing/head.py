import torch.nn as nn
import torch.nn.functional as F


class ParsingHead(nn.Module):
    """Per-pixel face-part scores."""

    def __init__(self, in_ch=128, parts=11):
        super().__init__()
        self.classify = nn.Conv2d(in_ch, parts, kernel_size=1)

    def forward(self, features, size):
        scores = F.interpolate(F.log_softmax(self.classify(features), dim=0), size=size, mode="bilinear", align_corners=False)
        return scores
