import torch.nn as nn

from ..builder import HEADS


@HEADS.register_module()
class LinearClsHead(nn.Module):
    def __init__(self, in_channels, num_classes, dropout=0.0):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.fc = nn.Linear(in_channels, num_classes)

    def forward(self, x):
        return self.fc(self.drop(x))
