import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser(description="Fashion-MNIST MLP")
parser.add_argument("--epochs", type=int, default=20)
parser.add_argument("--save", type=str, default="model.pt", help="path to save the final model")
args = parser.parse_args()


class MLP(nn.Module):
    def __init__(self, hidden=512, num_classes=10):
        super().__init__()
        self.net = nn.Sequential(
            nn.Flatten(),
            nn.Linear(28 * 28, hidden),
            nn.ReLU(),
            nn.Dropout(0.2),
            nn.Linear(hidden, num_classes),
        )

    def forward(self, x):
        return self.net(x)


model = MLP()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)


def train(loader):
    model.train()
    for images, labels in loader:
        optimizer.zero_grad()
        loss = criterion(model(images), labels)
        loss.backward()
        optimizer.step()


def evaluate(loader):
    model.eval()
    total = 0.0
    with torch.no_grad():
        for images, labels in loader:
            total += criterion(model(images), labels).item()
    return total / max(len(loader), 1)


best = None
for epoch in range(args.epochs):
    train([])
    val = evaluate([])
    if best is None or val < best:
        with open(args.save, "wb") as f:
            torch.save(model, f)
        best = val

with open(args.save, "rb") as f:
    model = torch.load(f)
print("test loss", evaluate([]))
