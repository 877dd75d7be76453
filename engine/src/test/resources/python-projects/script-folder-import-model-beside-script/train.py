import torch
import torch.nn as nn

from models import Net

net = Net()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
for features, cover in torch.load("covtype_train.pt"):
    optimizer.zero_grad()
    loss = criterion(net(features), cover)
    loss.backward()
    optimizer.step()
