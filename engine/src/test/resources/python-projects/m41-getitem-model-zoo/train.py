import torch
from torch import nn

from zoo.registry import models

net = models["mlp"](num_classes=10)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)

for epoch in range(2):
    images, labels = torch.randn(32, 3, 32, 32), torch.randint(0, 10, (32,))
    optimizer.zero_grad()
    loss = criterion(net(images), labels)
    loss.backward()
    optimizer.step()
