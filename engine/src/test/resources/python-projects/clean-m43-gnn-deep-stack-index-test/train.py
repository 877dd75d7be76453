import argparse

import torch
import torch.nn.functional as F
from torch_geometric.datasets import Planetoid

from model import SAGE


def train(model, data, optimizer):
    model.train()
    optimizer.zero_grad()
    out = model(data.x, data.edge_index)
    loss = F.nll_loss(out[data.train_mask], data.y[data.train_mask])
    loss.backward()
    optimizer.step()
    return loss.item()


def main():
    parser = argparse.ArgumentParser(description="Planetoid (deep GraphSAGE)")
    parser.add_argument("--num_layers", type=int, default=20)
    parser.add_argument("--hidden_channels", type=int, default=128)
    parser.add_argument("--dropout", type=float, default=0.5)
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--epochs", type=int, default=200)
    args = parser.parse_args()

    dataset = Planetoid("data", "PubMed")
    data = dataset[0]
    model = SAGE(data.num_features, args.hidden_channels, dataset.num_classes, args.num_layers, args.dropout)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    for epoch in range(1, args.epochs + 1):
        loss = train(model, data, optimizer)
        print(f"epoch {epoch:03d} loss {loss:.4f}")


if __name__ == "__main__":
    main()
