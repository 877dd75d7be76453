import torch
import torch.nn as nn
import torch.nn.functional as F


class FraudNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(30, 1)

    def forward(self, x):
        return self.fc(x).squeeze(1)
