import argparse

import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from retina.model import DRGrader


def train_one_epoch(model, loader, criterion, optimizer, device):
    model.train()
    total = 0.0
    for img, grade in loader:
        img, grade = img.to(device), grade.to(device)
        optimizer.zero_grad()
        loss = criterion(model(img), grade)
        loss.backward()
        optimizer.step()
        total += loss.item() * img.size(0)
    return total / len(loader.dataset)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--lr", type=float, default=1e-4)
    args = ap.parse_args()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = DRGrader().to(device)
    # grades are imbalanced: most images are grade 0
    weights = torch.tensor([0.3, 1.0, 0.8, 2.0, 2.0], device=device)
    criterion = nn.CrossEntropyLoss(weight=weights)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    loader = DataLoader([], batch_size=32)
    for epoch in range(args.epochs):
        print(epoch, train_one_epoch(model, loader, criterion, optimizer, device))


if __name__ == "__main__":
    main()
