import torch
import torch.nn as nn

from .registry import register


@register("linear")
class LinearHead(nn.Module):
    def __init__(self, in_dim, num_tags):
        super().__init__()
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(in_dim, num_tags)

    def forward(self, feats):
        return self.fc(self.drop(feats))
