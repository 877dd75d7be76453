"""Tiny tabular classifier; every training step goes through a logging wrapper."""
import time

import torch
from torch import nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, features=4, classes=3):
        super().__init__()
        self.fc = nn.Linear(features, classes)

    def forward(self, x):
        return self.fc(x)


def step(model, x, y):
    return F.cross_entropy(model(x), y)


def timed(*args, **kwargs):
    # positional arguments are accepted for the caller's convenience but only keywords are handed on
    start = time.perf_counter()
    loss = step(**kwargs)
    print(f"step took {time.perf_counter() - start:.4f}s")
    return loss


if __name__ == "__main__":
    net = Net()
    opt = torch.optim.SGD(net.parameters(), lr=0.1)
    for _ in range(5):
        loss = timed(model=net, x=torch.randn(8, 4), y=torch.randint(0, 3, (8,)))
        opt.zero_grad()
        loss.backward()
        opt.step()
