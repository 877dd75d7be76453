import torch
import torch.nn as nn

from tabular.blocks import LinearProbe, make_mlp

MLP_CONFIG = {
    "in_features": 54,
    "hidden": [256, 128],
    "num_classes": 7,
    "activation": "silu",
    "log_probs": True,
}


def fit(model, criterion, loader, epochs):
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for x, y in loader:
            optimizer.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            optimizer.step()
    return model


def main(train_loader, embedding_loader):
    fit(make_mlp(MLP_CONFIG), nn.NLLLoss(), train_loader, epochs=30)
    fit(LinearProbe(512, 7, output="none"), nn.CrossEntropyLoss(), embedding_loader, epochs=10)
