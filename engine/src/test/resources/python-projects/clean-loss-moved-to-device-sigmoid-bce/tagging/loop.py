import torch


def run_epoch(model, loader, criterion, optimizer, device):
    model.train()
    total = 0.0
    for feats, tags in loader:
        feats, tags = feats.to(device), tags.float().to(device)
        scores = model(feats)
        loss = criterion(scores, tags)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / max(1, len(loader))
