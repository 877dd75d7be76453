import torch
import torch.nn as nn


class Trainer:
    def __init__(self, model, optimizer, criterion=nn.BCEWithLogitsLoss(), device="cpu"):
        self.model = model.to(device)
        self.optimizer = optimizer
        self.criterion = criterion
        self.device = device

    def train_epoch(self, loader):
        self.model.train()
        for feats, speech in loader:
            loss = self.criterion(self.model(feats.to(self.device)), speech.float().to(self.device))
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
