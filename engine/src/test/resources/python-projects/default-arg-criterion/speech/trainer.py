import torch
import torch.nn as nn


class Trainer:
    def __init__(self, model, optimizer, criterion=nn.CrossEntropyLoss(), device="cpu", log_every=50):
        self.model = model.to(device)
        self.optimizer = optimizer
        self.criterion = criterion
        self.device = device
        self.log_every = log_every

    def train_epoch(self, loader):
        self.model.train()
        for i, (feats, speaker) in enumerate(loader):
            feats, speaker = feats.to(self.device), speaker.to(self.device)
            loss = self.criterion(self.model(feats), speaker)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            if i % self.log_every == 0:
                print(f"[{i}] loss={loss.item():.4f}")
