import torch
import torch.nn as nn


class AttributeHeads(nn.Module):
    """One three-way head (no / unsure / yes) per attribute, stacked on the last axis."""

    def __init__(self, backbone_dim=128, attributes=6, levels=3):
        super().__init__()
        self.heads = nn.ModuleList([nn.Linear(backbone_dim, levels) for _ in range(attributes)])

    def forward(self, features):
        per_attribute = [head(features) for head in self.heads]
        return torch.stack(per_attribute, dim=-1)  # (batch, levels, attributes)


def train_epoch(model, loader, optimizer):
    criterion = nn.CrossEntropyLoss()
    for features, levels in loader:  # levels: (batch, attributes) class indices
        optimizer.zero_grad()
        loss = criterion(model(features), levels)
        loss.backward()
        optimizer.step()


def main(loader, epochs=10):
    model = AttributeHeads()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for _ in range(epochs):
        train_epoch(model, loader, optimizer)


@torch.no_grad()
def attribute_levels(model, features):
    return model(features).softmax(dim=1).argmax(dim=1)
