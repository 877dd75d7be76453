import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision
from torchvision import transforms

from fromscratch import mlp, softmax_regression


def sgd(params, lr, batch_size):
    with torch.no_grad():
        for param in params:
            param -= lr * param.grad / batch_size
            param.grad.zero_()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args()

    mnist = torchvision.datasets.FashionMNIST("data", train=True, download=True, transform=transforms.ToTensor())
    loader = torch.utils.data.DataLoader(mnist, batch_size=args.batch_size, shuffle=True)

    params = mlp.init_params()
    criterion = nn.NLLLoss(reduction="sum")
    for epoch in range(args.epochs):
        for X, y in loader:
            l = F.nll_loss(softmax_regression.net(X), y, reduction="sum")
            l.backward()
            sgd([softmax_regression.W, softmax_regression.b], args.lr, args.batch_size)

            l = criterion(mlp.net(X, params), y)
            l.backward()
            sgd(params, args.lr, args.batch_size)
        print(f"epoch {epoch + 1}: last loss {l.item():.4f}")


if __name__ == "__main__":
    main()
