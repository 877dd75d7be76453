"""Train the retrieval model and report top-1 accuracy from the probabilities."""
import argparse

import torch
import torch.nn as nn

from models import EmbeddingClassifier


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--num-classes", type=int, default=200)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--lr", type=float, default=0.05)
    return parser.parse_args()


def train_one_epoch(model, loader, criterion, optimizer):
    model.train()
    correct, seen = 0, 0
    for x, y in loader:
        logits, probs = model(x)
        loss = criterion(logits, y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        correct += (probs.argmax(1) == y).sum().item()
        seen += y.numel()
    return correct / max(seen, 1)


def main():
    args = parse_args()
    model = EmbeddingClassifier(num_classes=args.num_classes)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9)
    for epoch in range(args.epochs):
        acc = train_one_epoch(model, [], criterion, optimizer)
        print(f"epoch {epoch}: train acc {acc:.3f}")


if __name__ == "__main__":
    main()
