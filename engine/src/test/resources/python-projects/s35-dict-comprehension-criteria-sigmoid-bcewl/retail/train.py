import torch
from torch import nn

from retail.model import BasketModel

model = BasketModel()
criteria = {"will_return": nn.BCEWithLogitsLoss(), "category": nn.CrossEntropyLoss()}
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)


def step(x, targets):
    out = model(x)
    losses = {name: criteria[name](out[name], targets[name]) for name in criteria}
    total = sum(losses.values())
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return {name: l.item() for name, l in losses.items()}
