"""Covertype / adult-income style tabular training script."""
import argparse

import torch
from torch import nn

from tabnet_lite.builder import build_mlp


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hidden", type=int, nargs="+", default=[512, 256, 128])
    ap.add_argument("--classes", type=int, default=7)
    ap.add_argument("--epochs", type=int, default=20)
    args = ap.parse_args()

    model = build_mlp(54, args.hidden, args.classes)
    loss_fn = nn.CrossEntropyLoss()
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3)
    for epoch in range(args.epochs):
        for features, target in []:
            opt.zero_grad()
            loss = loss_fn(model(features), target)
            loss.backward()
            opt.step()


if __name__ == "__main__":
    main()
