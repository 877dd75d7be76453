import torch
import torch.nn as nn

from models.mnist import MnistNet

net = MnistNet()
loss_fn = nn.NLLLoss()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
for epoch in range(10):
    for x, y in []:
        opt.zero_grad()
        loss = loss_fn(net(x), y)
        loss.backward()
        opt.step()
