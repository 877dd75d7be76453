import torch
import torch.nn as nn

from objectives import Objective

OBJECTIVE = "NLL"

net = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
criterion = Objective[OBJECTIVE].value(reduction="mean")
optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
for step in range(200):
    images = torch.rand(64, 1, 28, 28)
    digits = torch.randint(0, 10, (64,))
    optimizer.zero_grad()
    loss = criterion(net(images), digits)
    loss.backward()
    optimizer.step()
