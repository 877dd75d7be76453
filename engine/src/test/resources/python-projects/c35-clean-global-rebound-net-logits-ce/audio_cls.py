"""Urban-sound classifier on precomputed MFCC features."""
import argparse

import numpy as np
import torch
import torch.nn as nn

net = None
criterion = nn.CrossEntropyLoss()


def build_network(n_mfcc, n_classes):
    global net
    net = nn.Sequential(
        nn.Linear(n_mfcc, 256),
        nn.ReLU(),
        nn.Dropout(0.3),
        nn.Linear(256, n_classes),
    )


def train_epoch(features, labels, optimizer, batch_size=32):
    net.train()
    for i in range(0, len(labels), batch_size):
        xb = features[i:i + batch_size]
        yb = labels[i:i + batch_size]
        loss = criterion(net(xb), yb)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def predict(features):
    net.eval()
    with torch.no_grad():
        return torch.softmax(net(features), dim=1).argmax(dim=1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--features", default="urbansound8k_mfcc.npz")
    parser.add_argument("--epochs", type=int, default=30)
    args = parser.parse_args()
    data = np.load(args.features)
    x = torch.tensor(data["x"], dtype=torch.float32)
    y = torch.tensor(data["y"], dtype=torch.long)
    build_network(x.shape[1], 10)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for epoch in range(args.epochs):
        train_epoch(x, y, opt)
    print("train accuracy", (predict(x) == y).float().mean().item())
