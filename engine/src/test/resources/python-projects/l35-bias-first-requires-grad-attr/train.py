import argparse

import torch
import torch.nn.functional as F

from scratch import logistic, softmax_reg


def sgd(params, lr):
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
            p.grad.zero_()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lr", type=float, default=0.05)
    parser.add_argument("--steps", type=int, default=300)
    args = parser.parse_args()

    X_bin, y_bin = torch.load("data/breast_cancer.pt")
    X_mnist, y_mnist = torch.load("data/mnist_small.pt")
    for step in range(args.steps):
        loss = F.binary_cross_entropy(logistic.forward(X_bin), y_bin.float())
        loss.backward()
        sgd(logistic.parameters(), args.lr)

        loss = F.nll_loss(softmax_reg.forward(X_mnist), y_mnist)
        loss.backward()
        sgd(softmax_reg.parameters(), args.lr)
        if step % 50 == 0:
            print(step, loss.item())


if __name__ == "__main__":
    main()
