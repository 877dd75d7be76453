import torch


def train_one_epoch(model, loader, criterion, optimizer, device="cpu"):
    model.train()
    running = 0.0
    for images, targets in loader:
        images, targets = images.to(device), targets.to(device)
        optimizer.zero_grad(set_to_none=True)
        outputs = model(images)
        loss = criterion(outputs, targets)
        loss.backward()
        optimizer.step()
        running += loss.item() * images.size(0)
    return running / len(loader.dataset)


@torch.no_grad()
def evaluate(model, loader, device="cpu"):
    model.eval()
    correct = total = 0
    for images, targets in loader:
        preds = model(images.to(device)).argmax(dim=1)
        correct += (preds == targets.to(device)).sum().item()
        total += targets.numel()
    return correct / max(total, 1)
