from torch import nn

from .base import ClassifierHead


class DropoutLinearHead(ClassifierHead, key="dropout_linear"):
    def __init__(self, in_features, num_classes, p=0.3):
        super().__init__()
        self.drop = nn.Dropout(p)
        self.proj = nn.Linear(in_features, num_classes)
        self.act = nn.Softmax(dim=-1)

    def forward(self, x):
        return self.act(self.proj(self.drop(x)))
