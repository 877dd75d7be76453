import argparse
import time

import torch
import torch.nn as nn

import models

model_names = sorted(name for name in models.__dict__ if name.islower() and not name.startswith("__") and callable(models.__dict__[name]))

parser = argparse.ArgumentParser(description="CIFAR-10 training")
parser.add_argument("--arch", "-a", metavar="ARCH", default="resnet20", help="one of: " + ", ".join(model_names))
parser.add_argument("--epochs", default=160, type=int)
parser.add_argument("--lr", default=0.1, type=float)
parser.add_argument("--batch-size", default=128, type=int)


def train(loader, model, criterion, optimizer, epoch):
    model.train()
    start = time.time()
    for i, (images, target) in enumerate(loader):
        output = model(images)
        loss = criterion(output, target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if i % 50 == 0:
            print(f"epoch {epoch} [{i}] loss {loss.item():.4f} ({time.time() - start:.1f}s)")


def main():
    args = parser.parse_args()
    model = models.__dict__[args.arch](num_classes=10)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), args.lr, momentum=0.9, weight_decay=1e-4)
    loader = [(torch.randn(args.batch_size, 3, 32, 32), torch.randint(0, 10, (args.batch_size,))) for _ in range(10)]
    for epoch in range(args.epochs):
        train(loader, model, criterion, optimizer, epoch)


if __name__ == "__main__":
    main()
