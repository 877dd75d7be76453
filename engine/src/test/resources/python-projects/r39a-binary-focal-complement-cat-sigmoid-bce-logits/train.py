import argparse

import torch
from torch.utils.data import DataLoader, TensorDataset

from churn.losses import BinaryFocalLoss
from churn.model import ChurnNet


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--lr", type=float, default=1e-3)
    args = parser.parse_args()

    features = torch.load("data/features.pt")
    churned = torch.load("data/churned.pt")
    loader = DataLoader(TensorDataset(features, churned), batch_size=256, shuffle=True)

    model = ChurnNet(features.shape[1])
    criterion = BinaryFocalLoss(gamma=2.0)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)

    for epoch in range(args.epochs):
        total = 0.0
        for x, y in loader:
            optimizer.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            optimizer.step()
            total += loss.item()
        print(f"epoch {epoch}: loss {total / len(loader):.4f}")


if __name__ == "__main__":
    main()
