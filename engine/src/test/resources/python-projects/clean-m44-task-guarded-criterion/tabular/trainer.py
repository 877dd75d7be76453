import torch
from torch import nn


class Trainer:
    """Fits a tabular network: one class per row, or several tags per row."""

    def __init__(self, model, dataset, lr=1e-3, epochs=20):
        self.model = model
        self.epochs = epochs
        # integer targets are class ids, a 0/1 matrix holds the tags of each row
        self.task = "class" if dataset.targets.dtype == torch.long else "tags"
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
        self.set_criterion()

    def set_criterion(self):
        if self.task == "class":
            self.criterion = nn.CrossEntropyLoss(label_smoothing=0.05)
        else:
            self.criterion = nn.BCELoss()

    def format_output(self, out, y):
        if self.task == "class":
            return out, y
        # BCELoss takes probabilities: one sigmoid per tag
        return torch.sigmoid(out), y.float()

    def fit(self, loader):
        self.model.train()
        for epoch in range(self.epochs):
            total = 0.0
            for x, y in loader:
                self.optimizer.zero_grad()
                out, y = self.format_output(self.model(x), y)
                loss = self.criterion(out, y)
                loss.backward()
                self.optimizer.step()
                total += loss.item()
            print(f"epoch {epoch}: loss {total / len(loader):.4f}")
