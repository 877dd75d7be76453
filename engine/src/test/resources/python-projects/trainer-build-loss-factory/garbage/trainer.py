import torch

from .losses import build_loss
from .models import build_model


class Trainer:
    def __init__(self, cfg):
        self.cfg = cfg
        self.model = build_model(cfg["model"])
        self.criterion = build_loss(cfg["loss"])
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=cfg["optim"]["lr"], momentum=0.9)

    def train_epoch(self, loader):
        self.model.train()
        total = 0.0
        for images, labels in loader:
            outputs = self.model(images)
            loss = self.criterion(outputs, labels)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            total += loss.item()
        return total

    def fit(self, loader):
        for epoch in range(self.cfg["optim"]["epochs"]):
            print(f"epoch {epoch}: {self.train_epoch(loader):.3f}")
