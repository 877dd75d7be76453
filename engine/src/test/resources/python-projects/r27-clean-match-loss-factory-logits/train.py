import argparse

import torch

from speechcls.losses import build_criterion
from speechcls.model import make_classifier


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--loss", default="ce")
    p.add_argument("--label-smoothing", type=float, default=0.1)
    p.add_argument("--epochs", type=int, default=30)
    return p.parse_args()


def main() -> None:
    args = parse_args()
    model = make_classifier()
    criterion = build_criterion(args.loss, args.label_smoothing)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    for epoch in range(args.epochs):
        for mels, labels in train_loader:
            optimizer.zero_grad()
            loss = criterion(model(mels), labels)
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
