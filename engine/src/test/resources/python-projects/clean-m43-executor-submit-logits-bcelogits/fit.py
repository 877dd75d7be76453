import torch
import torch.nn as nn


def fit_one(model, loader, epochs=10, lr=1e-3):
    loss_fn = nn.BCEWithLogitsLoss()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(epochs):
        for feats, tags in loader:
            opt.zero_grad()
            loss = loss_fn(model(feats), tags.float())
            loss.backward()
            opt.step()
    return model
