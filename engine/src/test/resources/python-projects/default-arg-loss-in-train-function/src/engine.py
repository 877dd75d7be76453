import torch.nn as nn


def train(model, loader, optimizer, criterion=nn.NLLLoss(), clip=0.1):
    model.train()
    for tokens, offsets, label in loader:
        optimizer.zero_grad()
        loss = criterion(model(tokens, offsets), label)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), clip)
        optimizer.step()
