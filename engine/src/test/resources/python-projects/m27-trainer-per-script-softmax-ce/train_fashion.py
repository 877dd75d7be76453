import argparse

import torch
import torch.nn as nn

from data import loaders
from models import FashionNet
from trainkit.trainer import Trainer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--lr", type=float, default=3e-4)
    args = parser.parse_args()

    train_loader, test_loader = loaders("FashionMNIST", batch_size=256)
    net = FashionNet()
    trainer = Trainer(net, nn.CrossEntropyLoss(), lr=args.lr)
    trainer.fit(train_loader, test_loader, epochs=args.epochs)
    torch.save(net.state_dict(), "fashion.pt")


if __name__ == "__main__":
    main()
