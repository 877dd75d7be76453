import torch
from torch import nn

from spotter.net import spotter_for_bce


def main(steps=20):
    net = spotter_for_bce(width=32)
    loss_fn = nn.BCELoss()
    optim = torch.optim.AdamW(net.parameters(), lr=3e-4)
    for _ in range(steps):
        patches = torch.rand(16, 3, 32, 32)
        scratched = (torch.rand(16, 1) > 0.8).float()
        optim.zero_grad()
        loss = loss_fn(net(patches), scratched)
        loss.backward()
        optim.step()


if __name__ == "__main__":
    main()
