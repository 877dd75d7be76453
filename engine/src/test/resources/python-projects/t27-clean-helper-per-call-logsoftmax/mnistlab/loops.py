"""Training loops shared by the lesson scripts, so each lesson only defines its network."""
import torch
import torch.nn as nn

device = "cuda" if torch.cuda.is_available() else "cpu"


def run_epoch(model, loader, optimizer, loss_fn):
    model.train()
    seen, correct, running = 0, 0, 0.0
    for images, targets in loader:
        images, targets = images.to(device), targets.to(device)
        optimizer.zero_grad()
        scores = model(images)
        loss = loss_fn(scores, targets)
        loss.backward()
        optimizer.step()
        running += loss.item() * len(targets)
        correct += (scores.argmax(1) == targets).sum().item()
        seen += len(targets)
    return running / seen, correct / seen


def fit(model, train_loader, epochs=5, lr=1e-3, optimizer=None, loss_fn=nn.NLLLoss()):
    optimizer = optimizer or torch.optim.Adam(model.parameters(), lr=lr)
    history = []
    for epoch in range(epochs):
        train_loss, train_acc = run_epoch(model, train_loader, optimizer, loss_fn)
        print(f"epoch {epoch}: loss {train_loss:.4f} acc {train_acc:.3f}")
        history.append((train_loss, train_acc))
    return history
