import argparse

import torch
from torch import nn

from kws.models import MODELS


def get_args():
    parser = argparse.ArgumentParser("keyword spotting")
    parser.add_argument("--arch", default="tcn", choices=sorted(MODELS))
    parser.add_argument("--epochs", type=int, default=40)
    return parser.parse_args()


def main():
    args = get_args()
    if args.arch == "conformer":
        raise NotImplementedError("the conformer lands with the streaming release")
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
