"""Train CIFAR10 with PyTorch."""
import argparse

import torch
import torch.nn as nn
import torch.optim as optim

from models import *

parser = argparse.ArgumentParser(description="PyTorch CIFAR10 Training")
parser.add_argument("--lr", default=0.1, type=float, help="learning rate")
args = parser.parse_args()

device = "cuda" if torch.cuda.is_available() else "cpu"
net = vgg16()
net = net.to(device)
criterion = nn.CrossEntropyLoss()
optimizer = optim.SGD(net.parameters(), lr=args.lr, momentum=0.9, weight_decay=5e-4)
scheduler = optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=200)


def train(epoch, trainloader):
    net.train()
    train_loss = 0
    for batch_idx, (inputs, targets) in enumerate(trainloader):
        inputs, targets = inputs.to(device), targets.to(device)
        optimizer.zero_grad()
        outputs = net(inputs)
        loss = criterion(outputs, targets)
        loss.backward()
        optimizer.step()
        train_loss += loss.item()
    print(f"epoch {epoch}: {train_loss / max(len(trainloader), 1):.3f}")


for epoch in range(200):
    train(epoch, [])
    scheduler.step()
