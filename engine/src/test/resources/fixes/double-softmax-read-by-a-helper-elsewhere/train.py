import torch
from torch import nn

from data import batches
from metrics import confidence
from model import Classifier


def train_epoch(model, criterion, optimizer):
    model.train()
    total = 0.0
    for x, y in batches():
        optimizer.zero_grad()
        outputs = model(x)
        loss = criterion(outputs, y)
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total


def main():
    torch.manual_seed(0)
    model = Classifier()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(3):
        print(f"epoch {epoch}: loss {train_epoch(model, criterion, optimizer):.4f}")
    x, _ = next(batches())
    print(f"mean confidence {confidence(model, x):.3f}")


if __name__ == "__main__":
    main()
