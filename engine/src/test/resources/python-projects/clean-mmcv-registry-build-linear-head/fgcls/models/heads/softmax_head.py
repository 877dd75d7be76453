import torch.nn as nn
import torch.nn.functional as F

from ..builder import HEADS


@HEADS.register_module()
class SoftmaxClsHead(nn.Module):
    """Linear head that returns class probabilities (used for the ensemble export)."""

    def __init__(self, in_channels, num_classes, dropout=0.0):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.fc = nn.Linear(in_channels, num_classes)
        self.init_weights()

    def init_weights(self):
        nn.init.normal_(self.fc.weight, 0, 0.01)
        nn.init.zeros_(self.fc.bias)

    def forward(self, x):
        return F.softmax(self.fc(self.drop(x)), dim=1)
