import torch
from torch import nn

from scenes.net import SceneNet

net = SceneNet.for_dataset("places", width=96)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)


def train(loader):
    net.train()
    for images, labels in loader:
        optimizer.zero_grad()
        loss = criterion(net(images), labels)
        loss.backward()
        optimizer.step()
