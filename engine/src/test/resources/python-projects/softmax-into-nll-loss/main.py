import torch
import torch.nn as nn
from model import Net


def train(model, loader, criterion, optimizer):
    model.train()
    for x, y in loader:
        optimizer.zero_grad()
        outputs = model(x)
        loss = criterion(outputs, y)
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    net = Net()
    train(net, [], nn.NLLLoss(), torch.optim.SGD(net.parameters(), lr=0.01))
