import torch
from torch import nn


class Trainer:
    def __init__(self, model, lr=1e-3, pos_weight=None):
        self.model = model
        self.criterion = nn.BCEWithLogitsLoss(pos_weight=pos_weight)
        self.opt = torch.optim.AdamW(model.parameters(), lr=lr)

    def train_epoch(self, loader):
        self.model.train()
        total = 0.0
        for x, y in loader:
            self.opt.zero_grad()
            loss = self.criterion(self.model(x), y.float())
            loss.backward()
            self.opt.step()
            total += loss.item() * len(y)
        return total / len(loader.dataset)

    @torch.no_grad()
    def predict(self, x):
        self.model.eval()
        return torch.sigmoid(self.model(x)) > 0.5
