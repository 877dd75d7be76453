import torch.nn as nn

from ..registry import MODELS


@MODELS.register_module()
class LinearClsHead(nn.Module):
    def __init__(self, in_channels, num_classes, dropout=0.0):
        super().__init__()
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(in_channels, num_classes)

    def forward(self, feats):
        return self.fc(self.dropout(feats))


@MODELS.register_module()
class SoftmaxClsHead(LinearClsHead):
    """Returns class probabilities; meant for the deployment export."""

    def forward(self, feats):
        return self.fc(self.dropout(feats)).softmax(dim=-1)
