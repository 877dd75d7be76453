import argparse

import torch
import torch.nn as nn
from torch.utils.data import DataLoader

from tabnet.data import ChurnDataset
from tabnet.model import TabularMLP


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", default="data/churn.csv")
    parser.add_argument("--epochs", type=int, default=30)
    args = parser.parse_args()

    train_set = ChurnDataset(args.csv, split="train")
    loader = DataLoader(train_set, batch_size=512, shuffle=True)
    model = TabularMLP(train_set.num_features, num_classes=3)
    criterion = nn.NLLLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-4)
    for epoch in range(args.epochs):
        for features, label in loader:
            loss = criterion(model(features), label)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f"epoch {epoch}: {loss.item():.4f}")


if __name__ == "__main__":
    main()
