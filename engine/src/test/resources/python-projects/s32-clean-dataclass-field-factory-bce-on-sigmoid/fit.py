import torch
from torch import nn

from settings import FitSettings


def build_model(n_features):
    return nn.Sequential(
        nn.Linear(n_features, 64),
        nn.ReLU(),
        nn.Linear(64, 1),
        nn.Sigmoid(),
    )


def run(settings, model, x, y):
    opt = torch.optim.Adam(model.parameters(), lr=settings.lr)
    for _ in range(settings.epochs):
        for i in range(0, len(x), settings.batch_size):
            opt.zero_grad()
            loss = settings.loss(model(x[i:i + settings.batch_size]).squeeze(1), y[i:i + settings.batch_size])
            loss.backward()
            opt.step()


if __name__ == "__main__":
    x = torch.randn(5000, 30)
    y = (x[:, 0] > 0).float()
    run(FitSettings(epochs=5), build_model(30), x, y)
