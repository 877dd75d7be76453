"""Train the retrieval model: classification loss plus a small compactness term."""
import argparse

import torch
import torch.nn as nn

from models import EmbeddingClassifier


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--num-classes", type=int, default=200)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--lr", type=float, default=0.05)
    parser.add_argument("--margin-weight", type=float, default=0.01)
    return parser.parse_args()


def train_one_epoch(model, loader, criterion, optimizer, margin_weight):
    model.train()
    running = 0.0
    for x, y in loader:
        probs, feats = model(x)
        cls_loss = criterion(probs, y)
        # pull the embeddings towards their batch centre (a cheap centre-loss stand-in)
        centre = feats.mean(0, keepdim=True)
        loss = cls_loss + margin_weight * (feats - centre).pow(2).sum(1).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        running += loss.item()
    return running / max(len(loader), 1)


def main():
    args = parse_args()
    model = EmbeddingClassifier(num_classes=args.num_classes)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9)
    for epoch in range(args.epochs):
        loss = train_one_epoch(model, [], criterion, optimizer, args.margin_weight)
        print(f"epoch {epoch}: loss {loss:.4f}")


if __name__ == "__main__":
    main()
