import argparse

import torch
from torch import nn

from tinynet.functional import stable_softmax
from tinynet.model import TwoLayerNet

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=5)
parser.add_argument("--lr", type=float, default=0.05)
args = parser.parse_args()

model = TwoLayerNet()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9)
loader = torch.load("mnist_batches.pt")

for epoch in range(args.epochs):
    confident = 0
    for images, labels in loader:
        optimizer.zero_grad()
        logits = model(images)
        loss = criterion(logits, labels)
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            confident += (stable_softmax(logits).max(dim=1).values > 0.9).sum().item()
    print(f"epoch {epoch}: {confident} confident predictions")
