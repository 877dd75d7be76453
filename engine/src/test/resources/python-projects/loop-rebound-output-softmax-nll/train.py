import argparse

import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from digits.net import ConvNet


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=3)
    opts = parser.parse_args()

    data = datasets.MNIST("data", train=True, download=True, transform=transforms.ToTensor())
    loader = DataLoader(data, batch_size=64, shuffle=True)
    net = ConvNet()
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    for epoch in range(opts.epochs):
        for images, labels in loader:
            optimizer.zero_grad()
            out = net(images)
            out = F.softmax(out, dim=1)
            loss = F.nll_loss(out, labels)
            loss.backward()
            optimizer.step()
        print(epoch, loss.item())


if __name__ == "__main__":
    main()
