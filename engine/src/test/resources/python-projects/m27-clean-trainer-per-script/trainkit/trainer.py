import time

import torch


class Trainer:
    """Runs the usual epoch loop for a classifier; the scripts only choose the network and the loss."""

    def __init__(self, model, criterion, lr=1e-3, device=None, log_every=100):
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.model = model.to(self.device)
        self.criterion = criterion
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)
        self.log_every = log_every
        self.history = []

    def train_epoch(self, loader):
        self.model.train()
        total, n = 0.0, 0
        for step, (x, y) in enumerate(loader):
            x, y = x.to(self.device), y.to(self.device)
            self.optimizer.zero_grad()
            logits = self.model(x)
            loss = self.criterion(logits, y)
            loss.backward()
            self.optimizer.step()
            total += loss.item() * x.size(0)
            n += x.size(0)
            if step % self.log_every == 0:
                print(f"  step {step}: {loss.item():.4f}")
        return total / max(n, 1)

    @torch.no_grad()
    def evaluate(self, loader):
        self.model.eval()
        correct, n = 0, 0
        for x, y in loader:
            x, y = x.to(self.device), y.to(self.device)
            correct += (self.model(x).argmax(dim=1) == y).sum().item()
            n += y.numel()
        return correct / max(n, 1)

    def fit(self, train_loader, val_loader=None, epochs=10):
        for epoch in range(epochs):
            start = time.time()
            train_loss = self.train_epoch(train_loader)
            msg = f"epoch {epoch + 1}/{epochs} loss={train_loss:.4f} ({time.time() - start:.1f}s)"
            if val_loader is not None:
                acc = self.evaluate(val_loader)
                msg += f" val_acc={acc:.3f}"
            print(msg)
            self.history.append(train_loss)
        return self.history

