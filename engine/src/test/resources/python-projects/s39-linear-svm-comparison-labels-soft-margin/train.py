import torch
import torch.nn as nn

from svm.model import LinearSVM


def make_blobs(n=4000, d=16, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, d, generator=g)
    w = torch.randn(d, generator=g)
    y = (x @ w > 0).float()
    return x, y


def main():
    x, y = make_blobs()
    model = LinearSVM(x.shape[1])
    criterion = nn.SoftMarginLoss()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, weight_decay=1e-4)
    for epoch in range(50):
        opt.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        opt.step()
        print(epoch, loss.item())


if __name__ == "__main__":
    main()
