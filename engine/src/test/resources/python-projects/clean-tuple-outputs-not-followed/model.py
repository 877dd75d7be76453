import torch
import torch.nn as nn
import torch.nn.functional as F


class Inception(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(64, 10)
        self.aux = nn.Linear(64, 10)

    def forward(self, x):
        return F.softmax(self.fc(x), dim=1), self.aux(x)
