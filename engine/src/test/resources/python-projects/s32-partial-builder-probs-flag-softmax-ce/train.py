import functools

import torch
from torch import nn

from nets.builders import build_classifier

builder = functools.partial(build_classifier, depth=3, with_probs=True)


def main():
    x = torch.randn(10000, 48)
    y = torch.randint(0, 8, (10000,))
    model = builder(48, n_classes=8)
    criterion = nn.CrossEntropyLoss()
    opt = torch.optim.Adam(model.parameters(), lr=3e-4)
    for epoch in range(20):
        for i in range(0, len(x), 500):
            opt.zero_grad()
            loss = criterion(model(x[i:i + 500]), y[i:i + 500])
            loss.backward()
            opt.step()


if __name__ == "__main__":
    main()
