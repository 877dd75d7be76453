import argparse

import torch
import torch.nn.functional as F

from gtag.model import GraphTagger


def run_epoch(model, optimizer, graph):
    model.train()
    optimizer.zero_grad()
    scores = model(graph["x"], graph["adj"])
    mask = graph["train_mask"]
    loss = F.binary_cross_entropy(scores[mask], graph["tags"][mask].float())
    loss.backward()
    optimizer.step()
    return loss.item()


def main():
    parser = argparse.ArgumentParser(description="multi-label node tagging on a citation graph")
    parser.add_argument("--graph", default="data/graph.pt")
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--hidden", type=int, default=128)
    args = parser.parse_args()

    graph = torch.load(args.graph)
    model = GraphTagger(graph["x"].shape[1], args.hidden, graph["tags"].shape[1], n_layers=3)
    optimizer = torch.optim.Adam(model.parameters(), lr=5e-3, weight_decay=5e-4)
    for epoch in range(args.epochs):
        loss = run_epoch(model, optimizer, graph)
        if epoch % 20 == 0:
            print(f"epoch {epoch:03d}  bce {loss:.4f}")


if __name__ == "__main__":
    main()
