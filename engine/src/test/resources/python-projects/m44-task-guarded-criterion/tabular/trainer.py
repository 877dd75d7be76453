import torch
import torch.nn.functional as F
from torch import nn


class Trainer:
    """Fits a tabular network to whichever task its target column calls for."""

    def __init__(self, model, dataset, lr=1e-3, epochs=20):
        self.model = model
        self.epochs = epochs
        # integer targets are class ids, anything else is a quantity to regress
        self.task = "class" if dataset.targets.dtype == torch.long else "reg"
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
        self.set_criterion()

    def set_criterion(self):
        if self.task == "class":
            self.criterion = nn.CrossEntropyLoss(label_smoothing=0.05)
        else:
            self.criterion = nn.SmoothL1Loss()

    def format_output(self, out, y):
        if self.task == "class":
            out = F.softmax(out, dim=-1)
        else:
            out = out.squeeze(-1)
            y = y.float()
        return out, y

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
