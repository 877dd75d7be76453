import argparse

import torch
from torch import nn

from lesions.net import MelanomaNet

CRITERIA = {"bce": nn.BCELoss, "bce_logits": nn.BCEWithLogitsLoss}


def parse_args():
    p = argparse.ArgumentParser("ISIC melanoma classification")
    p.add_argument("--criterion", choices=sorted(CRITERIA), default="bce_logits")
    p.add_argument("--epochs", type=int, default=15)
    p.add_argument("--lr", type=float, default=3e-4)
    return p.parse_args()


def main():
    args = parse_args()
    model = MelanomaNet()
    criterion = CRITERIA[args.criterion]()
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr)
    for epoch in range(args.epochs):
        for image, malignant in []:
            loss = criterion(model(image), malignant.float())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


if __name__ == "__main__":
    main()
