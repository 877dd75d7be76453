import argparse

import torch
import torch.nn as nn

from fraud.data import load_batches


def main(loss, hidden_size, epochs, lr):
    model = nn.Sequential(nn.Linear(30, hidden_size), nn.ReLU(), nn.Linear(hidden_size, 1))
    if loss == "bce":
        criterion = nn.BCELoss()
    else:
        criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    for epoch in range(epochs):
        for x, y in load_batches():
            optimizer.zero_grad()
            criterion(model(x), y).backward()
            optimizer.step()


def parse_args():
    parser = argparse.ArgumentParser(description="fraud detector")
    parser.add_argument("--loss", default="bce")
    parser.add_argument("--hidden-size", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--lr", type=float, default=1e-3)
    return parser.parse_args()


if __name__ == "__main__":
    main(**vars(parse_args()))
