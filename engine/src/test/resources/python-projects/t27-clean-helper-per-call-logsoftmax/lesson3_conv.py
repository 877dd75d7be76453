# Lesson 3: a small convolutional network.
import torch.nn as nn
import torch.nn.functional as F

from mnistlab.data import mnist_loader
from mnistlab.loops import fit


class SmallConv(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 8, 5)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(8 * 12 * 12, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv(x)))
        x = x.flatten(1)
        return F.log_softmax(self.fc(x), dim=1)


net = SmallConv()
hist = fit(net, mnist_loader(128), epochs=3)
