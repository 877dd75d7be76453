import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self, features=20, classes=4):
        super().__init__()
        self.hidden = nn.Linear(features, 64)
        self.out = nn.Linear(64, classes)

    def forward(self, x):
        x = self.out(F.relu(self.hidden(x)))
        return F.softmax(x, dim=1)
