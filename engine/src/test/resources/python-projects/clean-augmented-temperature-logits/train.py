"""Pre-train the cosine classifier on the base classes; a small L2 term on the weights."""
import torch
import torch.nn as nn

from nets import CosineClassifier

L2 = 5e-4


def train_epoch(model, loader, criterion, optimizer):
    model.train()
    for feats, targets in loader:
        scores = model(feats)
        loss = criterion(scores, targets)
        loss += L2 * model.weight.pow(2).sum()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def main():
    model = CosineClassifier()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for _ in range(90):
        train_epoch(model, [], criterion, optimizer)


if __name__ == "__main__":
    main()
