import torch
import torch.nn as nn
import torch.nn.functional as F


class MnistNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 300)
        self.fc2 = nn.Linear(300, 10)

    def forward(self, x):
        z = self.fc2(F.relu(self.fc1(x.view(-1, 784))))
        # written out as in the lecture notes: log of the softmax is the log-softmax
        return torch.log(F.softmax(z, dim=1))
