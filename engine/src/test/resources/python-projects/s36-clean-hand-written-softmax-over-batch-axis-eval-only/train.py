import torch
from torch import nn

from d2l_scratch.model import SoftmaxRegressionScratch
from d2l_scratch.ops import column_share

net = SoftmaxRegressionScratch()
loss = nn.CrossEntropyLoss(reduction="none")
updater = torch.optim.SGD(net.parameters(), lr=0.1)
for epoch in range(10):
    for X, y in torch.load("fashion_mnist_train.pt"):
        scores = net(X)
        l = loss(scores, y)
        updater.zero_grad()
        l.mean().backward()
        updater.step()
    shares = column_share(scores.detach())
    print(epoch, shares.max(0).values.mean().item())
