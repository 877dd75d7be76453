import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(50, 1)
        self.sigmoid = nn.Sigmoid()  # used by predict_proba only

    def forward(self, x):
        return self.fc(x)

    def predict_proba(self, x):
        return self.sigmoid(self.forward(x))
