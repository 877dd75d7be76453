import argparse

import torch

from lesion.objective import HybridLoss
from lesion.unet import TinyUNet


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="/data/isic")
    p.add_argument("--epochs", type=int, default=40)
    p.add_argument("--lr", type=float, default=3e-4)
    return p.parse_args()


def main():
    args = parse_args()
    net = TinyUNet()
    objective = HybridLoss(bce_weight=1.0, dice_weight=0.5)
    optim = torch.optim.AdamW(net.parameters(), lr=args.lr)
    loader = torch.load(f"{args.data}/train_batches.pt")
    for epoch in range(args.epochs):
        for image, mask in loader:
            optim.zero_grad()
            loss = objective(net(image), mask.float())
            loss.backward()
            optim.step()
        print(epoch, objective.last)


if __name__ == "__main__":
    main()
