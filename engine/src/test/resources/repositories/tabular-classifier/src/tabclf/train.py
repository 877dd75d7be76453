import argparse

import torch
from torch import nn
from torch.utils.data import DataLoader

from .model import ChurnNet


def run_epoch(model, loader, criterion, optimizer, device):
    model.train()
    total = 0.0
    for features, target in loader:
        features, target = features.to(device), target.to(device)
        optimizer.zero_grad(set_to_none=True)
        loss = criterion(model(features), target)
        loss.backward()
        optimizer.step()
        total += loss.item() * features.size(0)
    return total / len(loader.dataset)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--lr", type=float, default=1e-3)
    args = parser.parse_args(argv)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = ChurnNet(in_features=42).to(device)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    loader = DataLoader([], batch_size=256, shuffle=True)
    for epoch in range(args.epochs):
        print(epoch, run_epoch(model, loader, criterion, optimizer, device))


if __name__ == "__main__":
    main()
