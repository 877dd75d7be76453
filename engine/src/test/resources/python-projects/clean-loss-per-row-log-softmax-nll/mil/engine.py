"""Training loop. Slides differ in size, so the loss is taken slide by slide."""
import torch
import torch.nn as nn


def bag_loss(outputs, labels, criterion):
    loss = outputs.new_zeros(())
    for row, target in zip(outputs, labels):
        loss += criterion(row[None], target[None])
    return loss / max(len(labels), 1)


def train_one_epoch(model, loader, optimizer):
    criterion = nn.NLLLoss()
    model.train()
    for patches, labels in loader:
        outputs = model(patches)
        loss = bag_loss(outputs, labels, criterion)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
