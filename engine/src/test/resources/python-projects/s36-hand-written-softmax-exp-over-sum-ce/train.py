import torch
from torch import nn

from d2l_scratch.model import SoftmaxRegressionScratch

net = SoftmaxRegressionScratch()
loss = nn.CrossEntropyLoss(reduction="none")
updater = torch.optim.SGD(net.parameters(), lr=0.1)
for epoch in range(10):
    for X, y in torch.load("fashion_mnist_train.pt"):
        l = loss(net(X), y)
        updater.zero_grad()
        l.mean().backward()
        updater.step()
