import argparse

import torch
from torch import nn

from kws.models import MODELS


def get_args():
    parser = argparse.ArgumentParser("keyword spotting")
    parser.add_argument("--arch", default="tcn", help="tcn | conformer")
    parser.add_argument("--epochs", type=int, default=40)
    args = parser.parse_args()
    if args.arch not in ("tcn",):
        parser.error(f"--arch {args.arch}: only tcn is released")
    return args


def main():
    args = get_args()
    model = MODELS[args.arch](num_classes=12)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(args.epochs):
        for mels, labels in []:
            loss = criterion(model(mels), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
