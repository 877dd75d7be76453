"""LeNet-5 with named layers, so checkpoints keep readable keys."""
from collections import OrderedDict

import torch.nn as nn


class LeNet5(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.convnet = nn.Sequential(OrderedDict([
            ("c1", nn.Conv2d(1, 6, kernel_size=5)),
            ("relu1", nn.ReLU()),
            ("s2", nn.MaxPool2d(kernel_size=2, stride=2)),
            ("c3", nn.Conv2d(6, 16, kernel_size=5)),
            ("relu3", nn.ReLU()),
            ("s4", nn.MaxPool2d(kernel_size=2, stride=2)),
            ("c5", nn.Conv2d(16, 120, kernel_size=5)),
            ("relu5", nn.ReLU()),
        ]))
        self.fc = nn.Sequential(OrderedDict([
            ("f6", nn.Linear(120, 84)),
            ("relu6", nn.ReLU()),
            ("f7", nn.Linear(84, num_classes)),
            ("sig7", nn.Softmax(dim=-1)),
        ]))

    def forward(self, img):
        output = self.convnet(img)
        output = output.view(img.size(0), -1)
        return self.fc(output)
