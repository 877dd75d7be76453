import torch
import torch.nn.functional as F


def train_one_epoch(model, loader, criterion, optimizer, device, chunks=4):
    model.train()
    total, seen = 0.0, 0
    for patches, labels in loader:
        patches, labels = patches.to(device), labels.to(device)
        optimizer.zero_grad()
        probs = torch.tensor([], device=device)
        for part in patches.chunk(chunks):
            probs = torch.cat([probs, F.softmax(model(part), dim=1)])
        loss = criterion(probs, labels)
        loss.backward()
        optimizer.step()
        total += loss.item() * labels.size(0)
        seen += labels.size(0)
    return total / max(seen, 1)


@torch.no_grad()
def evaluate(model, loader, device):
    model.eval()
    correct, seen = 0, 0
    for patches, labels in loader:
        pred = model(patches.to(device)).argmax(1).cpu()
        correct += (pred == labels).sum().item()
        seen += labels.numel()
    return correct / max(seen, 1)
