import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    """Small CNN for the German traffic-sign benchmark (43 classes)."""

    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(3, 32, 5)
        self.conv2 = nn.Conv2d(32, 64, 5)
        self.fc1 = nn.Linear(64 * 5 * 5, 256)
        self.fc2 = nn.Linear(256, 43)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = F.dropout(F.relu(self.fc1(x.view(-1, 64 * 5 * 5))), training=self.training)
        return self.fc2(x)
