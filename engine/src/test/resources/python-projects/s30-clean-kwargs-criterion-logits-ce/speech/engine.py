import torch
from torch import nn


def run_training(model, batches, **kwargs):
    loss_fn = kwargs.get("loss_fn", nn.CrossEntropyLoss())
    optimizer = torch.optim.AdamW(model.parameters(), lr=kwargs.get("lr", 1e-3))
    for wave, word in batches:
        optimizer.zero_grad()
        loss = loss_fn(model(wave), word)
        loss.backward()
        optimizer.step()
