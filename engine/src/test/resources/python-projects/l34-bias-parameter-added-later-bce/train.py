"""Trains MADE on binarised MNIST pixels: each output is the probability that its pixel is on."""
import torch
import torch.nn as nn

from made.layers.autoregressive import MADE


def run(loader, epochs=30, lr=1e-3):
    model = MADE(784, 500)
    bce = nn.BCELoss(reduction="sum")
    optimizer = torch.optim.Adam(model.parameters(), lr=lr, weight_decay=1e-4)
    for epoch in range(epochs):
        for x, _ in loader:
            x = (x.view(x.size(0), -1) > 0.5).float()
            loss = bce(model(x), x) / x.size(0)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(epoch, loss.item())
