import argparse

import torch
import torch.nn.functional as F

from hetero.model import TypedClassifier


def main(args):
    feats = [torch.randn(args.nodes, args.in_dim) for _ in range(args.types)]
    labels = torch.randint(0, args.classes, (args.nodes,))
    train_idx = torch.arange(0, args.nodes // 2)
    model = TypedClassifier(args.in_dim, args.hidden, args.classes, args.types)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr, weight_decay=5e-4)
    for epoch in range(args.epochs):
        model.train()
        optimizer.zero_grad()
        logits = model(feats)[args.category]
        loss = F.cross_entropy(logits[train_idx], labels[train_idx])
        loss.backward()
        optimizer.step()
        acc = (logits[train_idx].argmax(1) == labels[train_idx]).float().mean()
        print(f"epoch {epoch:03d} loss {loss.item():.4f} acc {acc:.4f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--types", type=int, default=3)
    parser.add_argument("--category", type=int, default=0)
    parser.add_argument("--nodes", type=int, default=600)
    parser.add_argument("--in-dim", type=int, default=32)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--classes", type=int, default=4)
    parser.add_argument("--lr", type=float, default=1e-2)
    parser.add_argument("--epochs", type=int, default=50)
    main(parser.parse_args())
