import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 3)
        self.out = nn.Softmax(dim=1)

    def forward(self, x):
        return self.out(self.fc(x))


def fit(model, batches, loss_fn=None):
    for x, y in batches:
        loss = loss_fn(model(x), y)
        loss.backward()
