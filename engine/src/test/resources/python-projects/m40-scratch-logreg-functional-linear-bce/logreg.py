"""Logistic regression on the Pima diabetes table, written with parameters and F.linear."""
import numpy as np
import torch
from torch import nn
import torch.nn.functional as F


class LogisticRegression(nn.Module):
    def __init__(self, n_features):
        super().__init__()
        self.w = nn.Parameter(torch.randn(1, n_features) * 0.01)
        self.b = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return F.linear(x, self.w, self.b)


def fit(X, y, epochs=200, lr=0.05):
    X = torch.tensor((X - X.mean(0)) / X.std(0), dtype=torch.float32)
    y = torch.tensor(y, dtype=torch.float32).unsqueeze(1)
    model = LogisticRegression(X.shape[1])
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(epochs):
        for i in range(0, len(X), 64):
            xb, yb = X[i:i + 64], y[i:i + 64]
            loss = F.binary_cross_entropy(model(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return model


if __name__ == "__main__":
    data = np.loadtxt("pima-indians-diabetes.csv", delimiter=",")
    fit(data[:, :8], data[:, 8])
