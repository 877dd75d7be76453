"""A small tabular estimator: one network for regression, binary and multiclass targets."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

TASKS = ("regression", "binary", "multilabel", "multiclass")


class TabularNet(nn.Module):
    def __init__(self, n_features, task="multiclass", n_classes=1, hidden=64):
        super().__init__()
        if task not in TASKS:
            raise ValueError(f"task must be one of {TASKS}")
        self.task = task
        self.body = nn.Sequential(nn.Linear(n_features, hidden), nn.ReLU(), nn.Dropout(0.1))
        self.out = nn.Linear(hidden, n_classes)

    def forward(self, x):
        return self.out(self.body(x))

    def _predict_fn(self, scores):
        # turn raw scores into what the task reports
        if self.task == "regression":
            return scores
        if self.task in ("binary", "multilabel"):
            return torch.sigmoid(scores)
        if self.task == "multiclass":
            return F.softmax(scores, dim=1)

    def _objective(self, preds, target):
        if self.task == "regression":
            return F.mse_loss(preds, target.view(-1, 1))
        if self.task == "binary":
            return F.binary_cross_entropy(preds, target.view(-1, 1))
        if self.task == "multilabel":
            return F.binary_cross_entropy(preds, target)
        if self.task == "multiclass":
            return F.cross_entropy(preds, target)

    def _step(self, xb, yb, optimizer):
        optimizer.zero_grad()
        preds = self._predict_fn(self.forward(xb))
        loss = self._objective(preds, yb)
        loss.backward()
        optimizer.step()
        return loss.item()

    def fit(self, x, y, epochs=10, batch_size=128, lr=1e-3):
        optimizer = torch.optim.Adam(self.parameters(), lr=lr)
        target = y.float() if self.task != "multiclass" else y.long()
        loader = DataLoader(TensorDataset(x, target), batch_size=batch_size, shuffle=True)
        for epoch in range(epochs):
            total = 0.0
            for xb, yb in loader:
                total += self._step(xb, yb, optimizer)
            print(f"epoch {epoch}: {total / len(loader):.4f}")
        return self
