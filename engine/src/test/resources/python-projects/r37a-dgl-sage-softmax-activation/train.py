import argparse

import torch
import torch.nn as nn
from dgl.data import CoraGraphDataset

from citation.model import SAGE


def evaluate(model, graph, feats, labels, mask):
    model.eval()
    with torch.no_grad():
        pred = model(graph, feats)[mask].argmax(1)
    return (pred == labels[mask]).float().mean().item()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--lr", type=float, default=1e-2)
    args = parser.parse_args()

    graph = CoraGraphDataset()[0]
    feats, labels = graph.ndata["feat"], graph.ndata["label"]
    train_mask, val_mask = graph.ndata["train_mask"], graph.ndata["val_mask"]

    model = SAGE(feats.shape[1], args.hidden, 7)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr, weight_decay=5e-4)

    for epoch in range(args.epochs):
        model.train()
        out = model(graph, feats)
        loss = criterion(out[train_mask], labels[train_mask])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if epoch % 20 == 0:
            print(epoch, loss.item(), evaluate(model, graph, feats, labels, val_mask))


if __name__ == "__main__":
    main()
