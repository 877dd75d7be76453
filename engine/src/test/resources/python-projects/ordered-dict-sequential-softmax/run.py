import torch
import torch.nn as nn
import torch.optim as optim

from models import LeNet5

net = LeNet5()
criterion = nn.CrossEntropyLoss()
optimizer = optim.Adam(net.parameters(), lr=2e-3)


def train(epoch, loader):
    net.train()
    for i, (images, labels) in enumerate(loader):
        optimizer.zero_grad()
        output = net(images)
        loss = criterion(output, labels)
        if i % 10 == 0:
            print(f"Train - Epoch {epoch}, Batch: {i}, Loss: {loss.item():.6f}")
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    for e in range(1, 16):
        train(e, [])
