import torch
from torch import nn

from model import create


def train(loader, num_classes=12, epochs=8):
    net = create(num_classes)
    loss_fn = nn.NLLLoss()
    opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    for _ in range(epochs):
        for x, y in loader:
            opt.zero_grad()
            loss_fn(net(x), y).backward()
            opt.step()
    return net
